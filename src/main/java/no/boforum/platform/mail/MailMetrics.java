package no.boforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import no.boforum.platform.metrics.DatabaseGauge;
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
  @Inject MetricRegistry registry;
  @Inject MailOutbox outbox;

  private static final Metadata SENT =
      Metadata.builder()
          .withName("boforum.mail.sent")
          .withDescription("Mails this instance handed to SMTP")
          .build();
  private static final Metadata FAILURES =
      Metadata.builder()
          .withName("boforum.mail.send.failures")
          .withDescription("Attempts of this instance that SMTP refused")
          .build();

  private final Clock clock = Clock.systemUTC();

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    DatabaseGauge.register(
        registry, "boforum.mail.pending", "Mails queued and not yet sent", null, outbox::pending);
    DatabaseGauge.register(
        registry,
        "boforum.mail.given.up",
        "Mails not sent after every attempt, left for an operator",
        null,
        outbox::givenUp);
    DatabaseGauge.register(
        registry,
        "boforum.mail.oldest.pending",
        "How long the oldest mail still to be sent has waited (0: none waits)",
        MetricUnits.SECONDS,
        () ->
            outbox
                .oldestPending()
                .map(t -> Duration.between(t, LocalDateTime.now(clock)).toSeconds())
                .orElse(0L));
    registry.counter(SENT);
    registry.counter(FAILURES);
  }

  // Looked up at each use: the sender may run before the counters are registered at start.
  void sent() {
    registry.counter(SENT).inc();
  }

  void failed() {
    registry.counter(FAILURES).inc();
  }
}
