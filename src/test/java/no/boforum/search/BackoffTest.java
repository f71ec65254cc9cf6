package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
  private static final Duration CEILING = Duration.ofSeconds(60);

  @Test
  void doublesTheWaitUpToTheCeilingAndResetsOnSuccess() {
    Backoff backoff = new Backoff();
    assertTrue(backoff.mayTry(T0));
    assertEquals(1, backoff.failed(T0, CEILING).toSeconds());
    assertFalse(backoff.mayTry(T0));
    assertTrue(backoff.mayTry(T0.plusSeconds(1)));
    assertEquals(2, backoff.failed(T0, CEILING).toSeconds());
    assertEquals(4, backoff.failed(T0, CEILING).toSeconds());
    for (int i = 0; i < 10; i++) {
      backoff.failed(T0, CEILING);
    }
    assertEquals(60, backoff.failed(T0, CEILING).toSeconds());
    backoff.reset();
    assertTrue(backoff.mayTry(T0));
    assertEquals(1, backoff.failed(T0, CEILING).toSeconds());
  }
}
