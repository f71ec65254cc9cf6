package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics tests read what Payara writes, and fail on what they cannot read. */
class ScrapeTest {
  @Test
  void samplesWithLabelsAndSpecialValuesAreRead() {
    Scrape scrape =
        Scrape.parse(
            "# TYPE boforum_http_requests_total counter\n"
                + "boforum_http_requests_total{family=\"home\",status=\"2xx\",mp_scope=\"application\"} 3.0\n"
                + "boforum_latency_seconds{family=\"home\",quantile=\"0.95\"} NaN\n"
                + "boforum_latency_seconds_bucket{le=\"+Inf\",family=\"a,b\"} 7 1700000000000\n"
                + "up 1\n");
    assertEquals(3.0, scrape.sum("boforum_http_requests_total", Map.of("family", "home")));
    assertEquals(
        Double.NaN,
        scrape.samples("boforum_latency_seconds", Map.of("quantile", "0.95")).get(0).value());
    assertEquals(7, scrape.sum("boforum_latency_seconds_bucket", Map.of("family", "a,b")));
    assertEquals(1, scrape.sum("up", Map.of()));
  }

  @Test
  void aLineThatIsNotASampleFails() {
    assertThrows(AssertionError.class, () -> Scrape.parse("boforum_x{family=home} 1\n"));
    assertThrows(AssertionError.class, () -> Scrape.parse("boforum_x one\n"));
    assertThrows(AssertionError.class, () -> Scrape.parse("<html>Error</html>\n"));
  }
}
