package no.boforum.platform.metrics;

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
    try {
      return read.getAsLong();
    } catch (RuntimeException e) {
      LOG.fine(() -> name + " not read: " + e);
      return -1;
    }
  }
}
