package no.boforum.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal under test, as the simulations set up against it: its address and the settings of a
 * run (system properties {@code load.*}), Gatling's HTTP protocol, and what a simulation reads once
 * before it starts (taxonomy codes, slugs), through a plain HTTP client outside the measurement.
 */
final class Portal {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String baseUrl = setting("load.baseUrl", "http://localhost:8080").replaceAll("/+$", "");
  final int users = Integer.parseInt(setting("load.users", "50"));
  final int seconds = Integer.parseInt(setting("load.seconds", "120"));
  final int rampSeconds = Integer.parseInt(setting("load.rampSeconds", "10"));

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .cookieHandler(new CookieManager())
          .build();

  static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /**
   * {@code scheme://host:port} of the portal: the {@code Origin} a browser sends with a write,
   * which the portal's cross-site filter asks for.
   */
  String origin() {
    URI uri = URI.create(baseUrl);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /**
   * Gatling's protocol: Norwegian, compressed answers, the addresses encoded by the simulation. No
   * HTTP cache: every page is fetched whole (a visitor's second look at a page would otherwise be a
   * {@code 304} without the body that the checks read), so the figures are the server's work.
   */
  HttpProtocolBuilder protocol() {
    return http.baseUrl(baseUrl)
        .disableCaching()
        .acceptLanguageHeader("nb")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("Boforum load test (Gatling)")
        .disableUrlEncoding();
  }

  /** The codes of each taxonomy named, as the portal under test has them. */
  Map<String, List<String>> codes(Iterable<String> taxonomies) {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String taxonomy : taxonomies) {
      List<String> list = new ArrayList<>();
      for (JsonNode term : get("/api/taxonomies/" + taxonomy)) {
        list.add(term.get("code").asText());
      }
      codes.put(taxonomy, list);
    }
    return codes;
  }

  /**
   * A field of the items of a paged list of the API ({@code ?page=&size=100}, answers {@code
   * {total, items}}), page after page, at most {@code max} of them.
   */
  List<String> field(String path, String field, int max) {
    List<String> values = new ArrayList<>();
    for (int page = 1; values.size() < max; page++) {
      JsonNode answer =
          get(path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page).get("items");
      if (answer == null || answer.isEmpty()) {
        break;
      }
      for (JsonNode item : answer) {
        if (values.size() < max) {
          values.add(item.get(field).asText());
        }
      }
    }
    return values;
  }

  /** Logs this set-up client in, so that {@link #get} reads what the account may see. */
  void login(String email, String password) {
    send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/session"))
            .header("Content-Type", "application/json")
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(loginBody(email, password))),
        "/api/session (log in as " + email + ")");
  }

  /** Sends JSON to the API as a browser's script would, with the portal's {@code Origin}. */
  JsonNode put(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("Origin", origin())
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        path);
  }

  JsonNode get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), path);
  }

  private JsonNode send(HttpRequest.Builder request, String what) {
    try {
      HttpResponse<String> response =
          client.send(
              request.header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(what + " answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(baseUrl + what + ": " + e + " (is the portal up?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what, e);
    }
  }

  /** The body of a login ({@code POST /api/session}), escaped by Jackson whatever the password. */
  static String loginBody(String email, String password) {
    return JSON.createObjectNode().put("email", email).put("password", password).toString();
  }
}
