package no.boforum.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for something that happens in the background (indexing, reconnecting). The limit only keeps
 * a broken build from hanging; it is generous and no test asserts on speed.
 */
public final class Eventually {
  public static final Duration PATIENCE = Duration.ofSeconds(90);

  private Eventually() {}

  public static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    T last = null;
    RuntimeException lastError = null;
    while (System.nanoTime() < deadline) {
      try {
        last = probe.get();
        if (done.test(last)) {
          return last;
        }
      } catch (RuntimeException e) {
        lastError = e;
      }
      Thread.sleep(300);
    }
    AssertionError failure =
        new AssertionError("Gave up waiting for " + what + "; last seen: " + last);
    if (lastError != null) {
      failure.initCause(lastError);
    }
    throw failure;
  }
}
