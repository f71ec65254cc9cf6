package no.boforum.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One client of the JSON API with its own cookies: anonymous until {@link #login}, then a logged-in
 * user, as a program using the API would be.
 */
public final class ApiSession {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String base;
  private final HttpClient client =
      Http.client()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** An answer: its status and its JSON body (null when empty). */
  public record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    public String error() {
      return json == null ? null : json.path("error").asText(null);
    }
  }

  private ApiSession(String base) {
    this.base = base;
  }

  /** A session against the suite's portal. */
  /** The portal's address, ending in a slash. */
  public String base() {
    return base;
  }

  public static ApiSession anonymous() {
    return new ApiSession(TestServers.baseUrl());
  }

  /** A session against the portal at {@code base} (ending in a slash). */
  public static ApiSession at(String base) {
    return new ApiSession(base);
  }

  /** A session logged in with email and password; fails the test if the login does not work. */
  public static ApiSession loggedIn(String email, String password) {
    return loggedIn(TestServers.baseUrl(), email, password);
  }

  /** As {@link #loggedIn(String, String)}, against the portal at {@code base}. */
  public static ApiSession loggedIn(String base, String email, String password) {
    ApiSession s = at(base);
    Answer a = s.login(email, password);
    if (a.status() != 200) {
      throw new AssertionError(
          "Login of " + email + " failed: " + a.status() + " " + a.raw().body());
    }
    return s;
  }

  public Answer login(String email, String password) {
    return post("api/session", Map.of("email", email, "password", password));
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer post(String path, Object body) {
    return send(request(path).POST(body(body)));
  }

  public Answer put(String path, Object body) {
    return send(request(path).PUT(body(body)));
  }

  /** A raw body with its own content type, for uploads. */
  public Answer postBytes(String path, String contentType, byte[] bytes, String fileName) {
    return send(
        request(path)
            .setHeader("Content-Type", contentType)
            .header("X-File-Name", fileName)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any address (another server's too), with this session's cookies; redirects not followed. */
  public HttpResponse<String> visit(String url) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A page (HTML) with this session's cookies. */
  public HttpResponse<String> page(String path) {
    try {
      return client.send(
          request(path).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    // A browser's own page sends its origin with every write (CrossSiteFilter wants one for a
    // page's form); a program may leave it out: CrossSiteRequestIT sends without.
    URI origin = URI.create(base);
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Origin", origin.getScheme() + "://" + origin.getRawAuthority())
        .header("Accept-Language", "en")
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30));
  }

  /** A body sent as written, for malformed JSON. */
  public record RawJson(String text) {}

  private static HttpRequest.BodyPublisher body(Object body) {
    if (body instanceof RawJson raw) {
      return HttpRequest.BodyPublishers.ofString(raw.text());
    }
    try {
      return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = r.body().isBlank() ? null : parse(r.body());
      return new Answer(r.statusCode(), json, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
