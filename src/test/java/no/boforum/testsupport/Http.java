package no.boforum.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP against the suite's Payara Micro, as a program or a browser without script would, and
 * against its management port as an operator would.
 */
public final class Http {
  private static final HttpClient CLIENT = client().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Only against a server that hangs: the first {@code /openapi} builds its document, which took
   * over 30 s while four suites shared two cores.
   */
  private static final Duration ANSWER_WITHIN = Duration.ofMinutes(3);

  private Http() {}

  /**
   * A client for the suite's servers: HTTP/1.1, as browsers speak plain HTTP. By default Java's
   * client asks every plain-HTTP request to be upgraded to HTTP/2 (h2c), and Grizzly's upgrade
   * dropped about one request in twenty with "EOF reached while reading" (measured: 8 of 300
   * against the run command; 0 of 300 as HTTP/1.1). In production the TLS proxy in front speaks
   * HTTP/1.1 to Payara and does not pass the Upgrade header on.
   */
  public static HttpClient.Builder client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }

  public static HttpResponse<String> get(String path) {
    return get(path, "nb");
  }

  public static HttpResponse<String> get(String path, String acceptLanguage) {
    return send(URI.create(TestServers.baseUrl() + path), acceptLanguage);
  }

  /**
   * From the management port, which only operators reach: the health checks' details ({@code
   * health-details/ready}) and the metrics.
   */
  public static HttpResponse<String> management(String path) {
    return send(URI.create(TestServers.managementUrl() + path), "nb");
  }

  /** The JSON of {@link #management}. */
  public static JsonNode managementJson(String path) {
    return parse(path, management(path));
  }

  private static HttpResponse<String> send(URI uri, String acceptLanguage) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept-Language", acceptLanguage)
            .timeout(ANSWER_WITHIN)
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(String path) {
    return parse(path, get(path));
  }

  private static JsonNode parse(String path, HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON from " + path + ": " + response.body(), e);
    }
  }
}
