package no.boforum.platform.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A gauge read from the database at each scrape (a queue's length or age). A scrape never fails for
 * the database: a read that throws shows -1, and the reason is logged at FINE (readiness says the
 * database is down; a scrape every few seconds should not fill the log with it).
 */
public final class DatabaseGauge {
  private static final Logger LOG = Logger.getLogger(DatabaseGauge.class.getName());
  static final long STUCK_AFTER_SECONDS = 2;

  /** The reads under way: the reading thread and when its read began (System.nanoTime()). */
  private static final Map<Thread, Long> READING = new ConcurrentHashMap<>();

  private DatabaseGauge() {}

  /** Registers the gauge {@code name}; {@code unit} may be null (none). */
  public static void register(
      MetricRegistry registry,
      String name,
      String description,
      String unit,
      LongSupplier read,
      Tag... tags) {
    var metadata = Metadata.builder().withName(name).withDescription(description);
    if (unit != null) {
      metadata.withUnit(unit);
    }
    registry.gauge(metadata.build(), () -> orMinusOne(name, read), tags);
  }

  static long orMinusOne(String name, LongSupplier read) {
    return orMinusOne(name, read, TimeUnit.SECONDS.toNanos(STUCK_AFTER_SECONDS));
  }

  static long orMinusOne(String name, LongSupplier read, long stuckAfterNanos) {
    long now = System.nanoTime();
    if (READING.values().stream().anyMatch(began -> now - began >= stuckAfterNanos)) {
      LOG.fine(() -> name + " not read: an earlier read still waits for the database");
      return -1;
    }
    Thread me = Thread.currentThread();
    READING.put(me, now);
    try {
      return read.getAsLong();
    } catch (RuntimeException e) {
      LOG.fine(() -> name + " not read: " + e);
      return -1;
    } finally {
      READING.remove(me);
    }
  }
}
