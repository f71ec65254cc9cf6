package no.boforum.platform;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Periodic background work. A run's failure is logged and the next run comes as planned: an
 * escaping throwable would cancel the schedule for good.
 */
public final class Schedules {
  private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

  private Schedules() {}

  /**
   * Runs {@code work} after {@code firstSeconds}, then {@code periodSeconds} after each run ends.
   * {@code work} answers how many things it did; a positive number is logged under {@code what}.
   */
  public static ScheduledFuture<?> every(
      ScheduledExecutorService executor,
      long firstSeconds,
      long periodSeconds,
      String what,
      IntSupplier work) {
    return executor.scheduleWithFixedDelay(
        () -> run(what, work), firstSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  static void run(String what, IntSupplier work) {
    try {
      int n = work.getAsInt();
      if (n > 0) {
        LOG.info(() -> what + ": " + n);
      }
    } catch (Throwable e) {
      LOG.log(Level.WARNING, what + " failed; will try again", e);
    }
  }
}
