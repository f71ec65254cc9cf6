package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * What the public port says about the running portal (issue 18): a load balancer reads liveness and
 * readiness there, status only; the checks' details (outbox counts, errors) and the metrics are for
 * operators, on the management port (decision 0027).
 */
class ManagementPortIT {
  private static final List<Integer> REFUSED = List.of(401, 403, 404);

  @Test
  void metricsAreNotReadableAnonymouslyOnThePublicPort() {
    for (String path :
        List.of("metrics", "metrics/base", "metrics/vendor", "metrics/application")) {
      HttpResponse<String> metrics = Http.get(path);
      assertTrue(
          REFUSED.contains(metrics.statusCode()),
          path + " answers " + metrics.statusCode() + ": " + head(metrics.body()));
      assertFalse(metrics.body().contains("# TYPE"), path + " shows metrics");
    }
  }

  @Test
  void publicLivenessAndReadinessSayTheStatusOnly() {
    for (String path : List.of("health/ready", "health/live", "health")) {
      HttpResponse<String> health = Http.get(path);
      assertEquals(200, health.statusCode(), path + ": " + health.body());
      assertEquals("{\"status\":\"UP\"}", health.body(), path);
      assertEquals(
          "application/json",
          health.headers().firstValue("Content-Type").orElse("").split(";")[0],
          path);
      assertFalse(health.body().contains("checks"), path);
      assertFalse(health.body().contains("outboxPending"), path);
    }
  }

  @Test
  void theDetailsAreNotOnThePublicPort() {
    for (String path : List.of("health-details/ready", "health-details", "health/started")) {
      HttpResponse<String> details = Http.get(path);
      assertTrue(
          REFUSED.contains(details.statusCode()),
          path + " answers " + details.statusCode() + ": " + head(details.body()));
      assertFalse(details.body().contains("\"checks\""), path + " shows the checks");
    }
  }

  @Test
  void noHostHeaderReachesTheManagementServerThroughThePublicPort() throws Exception {
    for (String host : List.of("localhost", "management.invalid", "127.0.0.1")) {
      for (String path : List.of("/metrics", "/health-details/ready")) {
        RawHttp.Answer answer = RawHttp.send("GET", path, Map.of("Host", host), null);
        assertTrue(
            REFUSED.contains(answer.status()),
            host + path + " answers " + answer.status() + ": " + head(answer.body()));
        assertFalse(answer.body().contains("# TYPE"), host + path + " shows metrics");
        assertFalse(answer.body().contains("\"checks\""), host + path + " shows the checks");
      }
    }
  }

  @Test
  void thePortalsPagesAreNotOnTheManagementPort() {
    // The application is deployed on the public virtual server only (decision 0037): before, the
    // management port served every page, and the portal started a second time there.
    for (String path : List.of("", "practices", "api/practices")) {
      HttpResponse<String> page = Http.management(path);
      assertEquals(404, page.statusCode(), path + ": " + head(page.body()));
    }
  }

  @Test
  void detailsAndMetricsAreOnTheManagementPort() {
    HttpResponse<String> ready = Http.management("health-details/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    for (String detail :
        List.of("\"name\":\"database\"", "\"name\":\"search\"", "\"outboxPending\"")) {
      assertTrue(ready.body().contains(detail), "no " + detail + " in " + ready.body());
    }
    assertEquals(200, Http.management("health-details/live").statusCode());
    HttpResponse<String> metrics = Http.management("metrics");
    assertEquals(200, metrics.statusCode(), head(metrics.body()));
    assertTrue(metrics.body().contains("# TYPE"), head(metrics.body()));
  }

  private static String head(String body) {
    return body.substring(0, Math.min(300, body.length()));
  }
}
