package no.boforum.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseGaugeTest {
  @Test
  void aReadThatFailsShowsMinusOneInsteadOfFailingTheScrape() {
    assertEquals(
        -1,
        DatabaseGauge.orMinusOne(
            "queue",
            () -> {
              throw new IllegalStateException("Connection refused");
            }));
  }

  @Test
  void aReadThatAnswersShowsTheValue() {
    assertEquals(7, DatabaseGauge.orMinusOne("queue", () -> 7));
  }
}
