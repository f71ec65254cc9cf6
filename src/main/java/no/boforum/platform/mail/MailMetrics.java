package no.boforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The mail queue as metrics: {@code boforum_mail_pending} (to be sent), {@code
 * boforum_mail_given_up} (refused {@link MailOutbox#MAX_ATTEMPTS} times), {@code
 * boforum_mail_oldest_pending_seconds} (how long the oldest waits; 0 when none), read from the
 * database at each scrape, -1 when it does not answer; and counters of what this instance sent and
 * failed to send. The queue is the cluster's: every instance reports the same, so alert on the max.
 */
@ApplicationScoped
public class MailMetrics {
  private static final Logger LOG = Logger.getLogger(MailMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject MailOutbox outbox;

  private final Clock clock = Clock.systemUTC();
  private Counter sent;
  private Counter failures;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauge("boforum.mail.pending", "Mails queued and not yet sent", null, outbox::pending);
    gauge(
        "boforum.mail.given.up",
        "Mails not sent after every attempt, left for an operator",
        null,
        outbox::givenUp);
    gauge(
        "boforum.mail.oldest.pending",
        "How long the oldest mail still to be sent has waited (0: none waits)",
        MetricUnits.SECONDS,
        () ->
            outbox
                .oldestPending()
                .map(t -> Duration.between(t, LocalDateTime.now(clock)).toSeconds())
                .orElse(0L));
    sent = registry.counter(counter("boforum.mail.sent", "Mails this instance handed to SMTP"));
    failures =
        registry.counter(
            counter("boforum.mail.send.failures", "Attempts of this instance that SMTP refused"));
  }

  void sent() {
    sent.inc();
  }

  void failed() {
    failures.inc();
  }

  private static Metadata counter(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  private void gauge(String name, String description, String unit, LongSupplier value) {
    var metadata = Metadata.builder().withName(name).withDescription(description);
    if (unit != null) {
      metadata.withUnit(unit);
    }
    registry.gauge(metadata.build(), () -> readOrMinusOne(name, value));
  }

  /** A scrape never fails for the database: -1 says it could not be read. */
  private static long readOrMinusOne(String name, LongSupplier value) {
    try {
      return value.getAsLong();
    } catch (RuntimeException e) {
      LOG.fine(() -> name + " not read: " + e);
      return -1;
    }
  }
}
