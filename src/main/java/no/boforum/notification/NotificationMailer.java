package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import no.boforum.platform.mail.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails what waits, each person in a transaction of their own (a failure or a restart loses and
 * repeats nothing: the mail is queued with the marks that say it went):
 *
 * <ul>
 *   <li>immediate notifications once the oldest about a subject is {@code window} old, all that
 *       subject's news in one mail (several replies in a few minutes make one mail);
 *   <li>digests once a person's period has passed ({@link DigestMailer}).
 * </ul>
 *
 * A cluster-once job; it queues on the mail outbox, which sends.
 */
@ApplicationScoped
public class NotificationMailer implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  @PersistenceContext EntityManager em;
  @Inject NotificationMailer self;
  @Inject DigestMailer digests;
  @Inject PendingMail pending;
  @Inject NotificationMails mails;
  @Inject Inbox inbox;
  @Inject MailSettings mailSettings;
  @Inject NotificationCatalogue catalogue;

  @Inject
  @ConfigProperty(name = "boforum.notifications.window-minutes", defaultValue = "10")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "boforum.notifications.interval-seconds", defaultValue = "60")
  int intervalSeconds;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "notification-mail";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  /**
   * An instance that cannot send mail (no SMTP server, no development mailbox) does not compose it
   * either: what waits goes out, digests included, once one that can takes the job.
   */
  @Override
  public boolean enabled() {
    return mailSettings.smtpConfigured() || mailSettings.devMailboxEnabled();
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(mailDue(clock.instant()));
  }

  /** Mails everything due at {@code now}; answers how many mails it queued. */
  public int mailDue(Instant now) {
    return mailDue(now, Duration.ofMinutes(windowMinutes));
  }

  /** As {@link #mailDue(Instant)}, with the immediate mails' window given. */
  public int mailDue(Instant now, Duration window) {
    int queued = 0;
    for (long userId : self.immediateDue(now, window)) {
      queued += each(() -> self.mailImmediate(userId, now, window), userId);
    }
    for (DigestPeriod period : DigestPeriod.values()) {
      for (long userId : digests.digestDue(period, now)) {
        queued += each(() -> digests.mailDigest(userId, period, now), userId);
      }
    }
    return queued;
  }

  private static int each(IntSupplier work, long userId) {
    try {
      return work.getAsInt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Notifications of user " + userId + " not mailed; retried");
      return 0;
    }
  }

  /**
   * People with an immediate notification older than the window, or made by {@code now} of a kind
   * mailed without it ({@link NotificationKind#prompt()}).
   */
  @Transactional
  public List<Long> immediateDue(Instant now, Duration window) {
    List<String> prompt = catalogue.prompt();
    StringBuilder sql =
        new StringBuilder(
            "SELECT DISTINCT user_id FROM notification WHERE mail_state = 'PENDING'"
                + " AND delivery = 'IMMEDIATE' AND (created_at <= ?1");
    if (!prompt.isEmpty()) {
      sql.append(" OR (created_at <= ?2 AND kind IN (");
      for (int i = 0; i < prompt.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append('?').append(i + 3);
      }
      sql.append("))");
    }
    var query =
        em.createNativeQuery(sql.append(')').toString())
            .setParameter(1, PendingMail.utc(now.minus(window)));
    if (!prompt.isEmpty()) {
      query.setParameter(2, PendingMail.utc(now));
    }
    for (int i = 0; i < prompt.size(); i++) {
      query.setParameter(i + 3, prompt.get(i));
    }
    return PendingMail.longs(query.getResultList());
  }

  /**
   * The person's immediate notifications made by {@code now}, locked (a second instance waits, then
   * finds them sent): the news of every subject whose oldest is past the window (or that has news
   * of a prompt kind), all of it so far, in one mail. What the person read in the portal meanwhile
   * is not mailed.
   */
  @Transactional
  public int mailImmediate(long userId, Instant now, Duration window) {
    List<Notification> waiting =
        pending.locked(userId, Delivery.IMMEDIATE, PendingMail.utc(now).plusNanos(1000));
    waiting.stream().filter(n -> n.getReadAt() != null).forEach(Notification::notMailed);
    Map<String, List<Notification>> bySubject = new LinkedHashMap<>();
    waiting.stream()
        .filter(n -> n.getReadAt() == null)
        .forEach(
            n ->
                bySubject
                    .computeIfAbsent(
                        n.getSubjectType() + ":" + n.getSubjectKey(), k -> new ArrayList<>())
                    .add(n));
    LocalDateTime windowStart = PendingMail.utc(now.minus(window));
    List<String> prompt = catalogue.prompt();
    List<Notification> due =
        bySubject.values().stream()
            .filter(
                news ->
                    !news.get(0).getCreatedAt().isAfter(windowStart)
                        || news.stream().anyMatch(n -> prompt.contains(n.getKind())))
            .flatMap(List::stream)
            .toList();
    if (due.isEmpty()) {
      return 0;
    }
    Optional<Contact> to = pending.contact(userId);
    if (to.isEmpty()) {
      due.forEach(Notification::notMailed);
      return 0;
    }
    mails.immediate(userId, to.get(), due, inbox.actorNames(due));
    due.forEach(n -> n.mailed(PendingMail.utc(now)));
    return 1;
  }
}
