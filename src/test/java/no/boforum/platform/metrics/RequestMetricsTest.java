package no.boforum.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestMetricsTest {
  @ParameterizedTest
  @CsvSource({
    "200, 2xx",
    "204, 2xx",
    "303, 3xx",
    "304, 3xx",
    "404, 4xx",
    "500, 5xx",
    "503, 503",
    "504, 5xx",
    "0, 5xx"
  })
  void statusClass(int status, String statusClass) {
    assertEquals(statusClass, RequestMetrics.statusClass(status));
  }
}
