package no.boforum.search;

import java.time.Duration;
import java.time.Instant;

/** Exponential back-off: 1 s, 2 s, 4 s ... up to a ceiling, reset by a success. */
final class Backoff {
  private int failures;
  private Instant nextTry = Instant.MIN;

  synchronized boolean mayTry(Instant now) {
    return !now.isBefore(nextTry);
  }

  synchronized Duration failed(Instant now, Duration ceiling) {
    failures++;
    long seconds = 1L << Math.min(failures - 1, 20);
    Duration wait = Duration.ofSeconds(Math.min(seconds, ceiling.toSeconds()));
    nextTry = now.plus(wait);
    return wait;
  }

  synchronized void reset() {
    failures = 0;
    nextTry = Instant.MIN;
  }

  synchronized int failures() {
    return failures;
  }
}
