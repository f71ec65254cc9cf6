package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps notifications {@code boforum.notifications.keep-days} (365), read or not, and the digests'
 * records {@value #DIGEST_DAYS} days (only the last period of each is ever asked about); what waits
 * to be mailed stays until it goes. Deletes in batches of {@value #BATCH}, each in a transaction of
 * its own, once a day.
 */
@ApplicationScoped
public class NotificationRetention implements PeriodicJob {
  static final int BATCH = 5000;
  static final int DIGEST_DAYS = 60;

  @PersistenceContext EntityManager em;
  @Inject NotificationRetention self;

  @Inject
  @ConfigProperty(name = "boforum.notifications.keep-days", defaultValue = "365")
  int keepDays;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "notification-retention";
  }

  @Override
  public Duration interval() {
    return Duration.ofDays(1);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(purge(clock.instant()));
  }

  /** Deletes what is older than kept at {@code now}; answers how many rows. */
  public int purge(Instant now) {
    int deleted = 0;
    int batch;
    do {
      batch = self.deleteNotifications(now.minus(Duration.ofDays(keepDays)));
      deleted += batch;
    } while (batch == BATCH);
    return deleted + self.deleteDigests(now.minus(Duration.ofDays(DIGEST_DAYS)));
  }

  /**
   * One batch: the ids are read first (a plain read takes no locks), then those rows deleted, so
   * that the mailer and new notifications never wait on a scan of the table.
   */
  @Transactional
  public int deleteNotifications(Instant before) {
    List<Long> ids =
        PendingMail.longs(
            em.createNativeQuery(
                    "SELECT id FROM notification WHERE created_at < ? AND mail_state <> 'PENDING'"
                        + " ORDER BY id LIMIT "
                        + BATCH)
                .setParameter(1, PendingMail.utc(before))
                .getResultList());
    if (ids.isEmpty()) {
      return 0;
    }
    em.createNativeQuery(
            "DELETE FROM notification WHERE mail_state <> 'PENDING' AND id IN ("
                + String.join(",", ids.stream().map(String::valueOf).toList())
                + ")")
        .executeUpdate();
    return ids.size();
  }

  @Transactional
  public int deleteDigests(Instant before) {
    return em.createNativeQuery("DELETE FROM notification_digest WHERE period_date < ?")
        .setParameter(1, PendingMail.utc(before).toLocalDate())
        .executeUpdate();
  }
}
