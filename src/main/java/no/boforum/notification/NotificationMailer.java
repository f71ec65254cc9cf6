package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.notification.NotificationPreferences.Schedule;
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
 *   <li>digests once a person's period has passed: everything of that delivery from before the
 *       period's moment, with a row in {@code notification_digest} per person and period, so a late
 *       run, a restart or a second instance never sends a period twice; nothing new, no mail.
 * </ul>
 *
 * A cluster-once job; it queues on the mail outbox, which sends.
 */
@ApplicationScoped
public class NotificationMailer implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  @PersistenceContext EntityManager em;
  @Inject NotificationMailer self;
  @Inject NotificationPreferences preferences;
  @Inject NotificationMails mails;
  @Inject ProfileService profiles;
  @Inject Inbox inbox;
  @Inject MailSettings mailSettings;

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
      for (long userId : self.digestDue(period, now)) {
        queued += each(() -> self.mailDigest(userId, period, now), userId);
      }
    }
    return queued;
  }

  private static int each(java.util.function.IntSupplier work, long userId) {
    try {
      return work.getAsInt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Notifications of user " + userId + " not mailed; retried");
      return 0;
    }
  }

  /** People with an immediate notification older than the window. */
  @Transactional
  public List<Long> immediateDue(Instant now, Duration window) {
    return longs(
        em.createNativeQuery(
                "SELECT DISTINCT user_id FROM notification WHERE mail_state = 'PENDING'"
                    + " AND delivery = 'IMMEDIATE' AND created_at <= ?")
            .setParameter(1, utc(now.minus(window)))
            .getResultList());
  }

  /**
   * The person's immediate notifications, locked (a second instance waits, then finds them sent):
   * the news of every subject whose oldest is past the window, all of it so far, in one mail.
   */
  @Transactional
  public int mailImmediate(long userId, Instant now, Duration window) {
    List<Notification> pending = locked(userId, Delivery.IMMEDIATE, null);
    Map<String, List<Notification>> bySubject = new LinkedHashMap<>();
    pending.forEach(
        n ->
            bySubject
                .computeIfAbsent(
                    n.getSubjectType() + ":" + n.getSubjectKey(), k -> new ArrayList<>())
                .add(n));
    LocalDateTime windowStart = utc(now.minus(window));
    Optional<Contact> to = profiles.contact(userId);
    Map<Long, String> actors = inbox.actorNames(pending);
    List<Notification> due =
        bySubject.values().stream()
            .filter(news -> !news.get(0).getCreatedAt().isAfter(windowStart))
            .flatMap(List::stream)
            .toList();
    if (due.isEmpty()) {
      return 0;
    }
    to.ifPresent(c -> mails.immediate(userId, c, due, actors));
    due.forEach(n -> n.mailed(utc(now)));
    return to.isPresent() ? 1 : 0;
  }

  /** People with notifications of the period's delivery waiting from before their last moment. */
  @Transactional
  public List<Long> digestDue(DigestPeriod period, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT user_id, MIN(created_at) FROM notification WHERE mail_state = 'PENDING'"
                    + " AND delivery = ? GROUP BY user_id")
            .setParameter(1, period.delivery().name())
            .getResultList();
    Map<Long, LocalDateTime> oldest = new HashMap<>();
    rows.forEach(
        r ->
            oldest.put(
                ((Number) r[0]).longValue(),
                r[1] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[1]));
    List<Long> due = new ArrayList<>();
    oldest.forEach(
        (userId, first) -> {
          ZonedDateTime moment = moment(userId, period, now);
          if (first.isBefore(utc(moment.toInstant()))
              && !sent(userId, period, moment.toLocalDate())) {
            due.add(userId);
          }
        });
    return due;
  }

  /**
   * The person's digest of the period that passed last, if nobody sent it: the period's row is
   * written first, so a second instance waits on it and then finds it taken.
   */
  @Transactional
  public int mailDigest(long userId, DigestPeriod period, Instant now) {
    ZonedDateTime moment = moment(userId, period, now);
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO notification_digest (user_id, period, period_date, sent_at,"
                    + " items) VALUES (?, ?, ?, ?, 0)")
            .setParameter(1, userId)
            .setParameter(2, period.name())
            .setParameter(3, moment.toLocalDate())
            .setParameter(4, utc(now))
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    List<Notification> items = locked(userId, period.delivery(), utc(moment.toInstant()));
    if (items.isEmpty()) {
      return 0;
    }
    Optional<Contact> to = profiles.contact(userId);
    to.ifPresent(c -> mails.digest(userId, c, period, items, inbox.actorNames(items)));
    items.forEach(n -> n.mailed(utc(now)));
    em.createNativeQuery(
            "UPDATE notification_digest SET items = ?"
                + " WHERE user_id = ? AND period = ? AND period_date = ?")
        .setParameter(1, items.size())
        .setParameter(2, userId)
        .setParameter(3, period.name())
        .setParameter(4, moment.toLocalDate())
        .executeUpdate();
    return to.isPresent() ? 1 : 0;
  }

  private ZonedDateTime moment(long userId, DigestPeriod period, Instant now) {
    Schedule s = preferences.schedule(userId);
    return period.lastMoment(now, s.hour(), s.day());
  }

  private boolean sent(long userId, DigestPeriod period, LocalDate date) {
    return !em.createNativeQuery(
            "SELECT 1 FROM notification_digest WHERE user_id = ? AND period = ? AND period_date = ?")
        .setParameter(1, userId)
        .setParameter(2, period.name())
        .setParameter(3, date)
        .getResultList()
        .isEmpty();
  }

  /** The person's pending notifications of a delivery (made before {@code before}, if given). */
  private List<Notification> locked(long userId, Delivery delivery, LocalDateTime before) {
    var query =
        em.createNativeQuery(
                "SELECT id FROM notification WHERE user_id = ? AND mail_state = 'PENDING'"
                    + " AND delivery = ?"
                    + (before == null ? "" : " AND created_at < ?")
                    + " ORDER BY id FOR UPDATE")
            .setParameter(1, userId)
            .setParameter(2, delivery.name());
    if (before != null) {
      query.setParameter(3, before);
    }
    List<Long> ids = longs(query.getResultList());
    return ids.stream().map(id -> em.find(Notification.class, id)).toList();
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
