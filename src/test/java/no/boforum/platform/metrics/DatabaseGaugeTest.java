package no.boforum.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void whileAReadWaitsForTheDatabaseTheOtherGaugesDoNotAsk() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    CompletableFuture<Long> hung =
        CompletableFuture.supplyAsync(
            () ->
                DatabaseGauge.orMinusOne(
                    "hung",
                    () -> {
                      reading.countDown();
                      try {
                        answer.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return 3;
                    }));
    reading.await();
    AtomicInteger asked = new AtomicInteger();
    // Any read under way counts as stuck here (0 ns), so that no test waits on the clock.
    assertEquals(-1, DatabaseGauge.orMinusOne("other", () -> asked.incrementAndGet() + 10, 0));
    assertEquals(0, asked.get(), "the database was asked while a read waited");
    answer.countDown();
    assertEquals(3, hung.get());
    // Once no read waits, the gauges read again.
    assertEquals(11, DatabaseGauge.orMinusOne("other", () -> asked.incrementAndGet() + 10, 0));
  }
}
