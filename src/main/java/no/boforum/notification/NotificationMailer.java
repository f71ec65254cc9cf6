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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
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

  private static int each(IntSupplier work, long userId) {
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
   * The person's immediate notifications made by {@code now}, locked (a second instance waits, then
   * finds them sent): the news of every subject whose oldest is past the window, all of it so far,
   * in one mail. What the person read in the portal meanwhile is not mailed.
   */
  @Transactional
  public int mailImmediate(long userId, Instant now, Duration window) {
    List<Notification> pending = locked(userId, Delivery.IMMEDIATE, utc(now).plusNanos(1000));
    pending.stream().filter(n -> n.getReadAt() != null).forEach(Notification::notMailed);
    Map<String, List<Notification>> bySubject = new LinkedHashMap<>();
    pending.stream()
        .filter(n -> n.getReadAt() == null)
        .forEach(
            n ->
                bySubject
                    .computeIfAbsent(
                        n.getSubjectType() + ":" + n.getSubjectKey(), k -> new ArrayList<>())
                    .add(n));
    LocalDateTime windowStart = utc(now.minus(window));
    List<Notification> due =
        bySubject.values().stream()
            .filter(news -> !news.get(0).getCreatedAt().isAfter(windowStart))
            .flatMap(List::stream)
            .toList();
    if (due.isEmpty()) {
      return 0;
    }
    Optional<Contact> to = contact(userId);
    if (to.isEmpty()) {
      due.forEach(Notification::notMailed);
      return 0;
    }
    mails.immediate(userId, to.get(), due, inbox.actorNames(due));
    due.forEach(n -> n.mailed(utc(now)));
    return 1;
  }

  /**
   * People with notifications of the period's delivery waiting from before their last moment whose
   * digest of that period is not sent: three queries a run, however many people wait.
   */
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
    rows.forEach(r -> oldest.put(((Number) r[0]).longValue(), time(r[1])));
    Map<Long, Schedule> schedules = preferences.schedules(oldest.keySet());
    Map<Long, LocalDate> candidates = new HashMap<>();
    oldest.forEach(
        (userId, first) -> {
          Schedule s = schedules.get(userId);
          ZonedDateTime moment = period.lastMoment(now, s.hour(), s.day());
          if (first.isBefore(utc(moment.toInstant()))) {
            candidates.put(userId, moment.toLocalDate());
          }
        });
    Set<String> sent = sent(period, candidates);
    candidates.entrySet().removeIf(c -> sent.contains(c.getKey() + " " + c.getValue()));
    return candidates.keySet().stream().sorted().toList();
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
    Optional<Contact> to = items.isEmpty() ? Optional.empty() : contact(userId);
    if (to.isEmpty()) {
      // Nothing new (or nobody to write to): no mail, and no period on record.
      items.forEach(Notification::notMailed);
      em.createNativeQuery(
              "DELETE FROM notification_digest WHERE user_id = ? AND period = ? AND period_date = ?")
          .setParameter(1, userId)
          .setParameter(2, period.name())
          .setParameter(3, moment.toLocalDate())
          .executeUpdate();
      return 0;
    }
    mails.digest(userId, to.get(), period, items, inbox.actorNames(items));
    items.forEach(n -> n.mailed(utc(now)));
    em.createNativeQuery(
            "UPDATE notification_digest SET items = ?"
                + " WHERE user_id = ? AND period = ? AND period_date = ?")
        .setParameter(1, items.size())
        .setParameter(2, userId)
        .setParameter(3, period.name())
        .setParameter(4, moment.toLocalDate())
        .executeUpdate();
    return 1;
  }

  /**
   * Where to write to the person; empty for an account without an address. A deleted account's
   * notifications (one made as the account went) are deleted here: nothing is kept for it.
   */
  private Optional<Contact> contact(long userId) {
    Optional<Contact> to = profiles.contact(userId);
    if (to.isEmpty() && profiles.existing(List.of(userId)).isEmpty()) {
      em.createNativeQuery("DELETE FROM notification WHERE user_id = ?")
          .setParameter(1, userId)
          .executeUpdate();
    }
    return to;
  }

  /** Of these people and dates, those whose digest of the period is on record, as "id date". */
  private Set<String> sent(DigestPeriod period, Map<Long, LocalDate> candidates) {
    Set<String> sent = new HashSet<>();
    List<Long> ids = List.copyOf(candidates.keySet());
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
      LocalDate earliest = batch.stream().map(candidates::get).min(LocalDate::compareTo).get();
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT user_id, period_date FROM notification_digest WHERE period = ?"
                      + " AND period_date >= ? AND user_id IN ("
                      + String.join(",", batch.stream().map(String::valueOf).toList())
                      + ")")
              .setParameter(1, period.name())
              .setParameter(2, earliest)
              .getResultList();
      rows.forEach(r -> sent.add(((Number) r[0]).longValue() + " " + date(r[1])));
    }
    return sent;
  }

  private static LocalDateTime time(Object value) {
    return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private ZonedDateTime moment(long userId, DigestPeriod period, Instant now) {
    Schedule s = preferences.schedule(userId);
    return period.lastMoment(now, s.hour(), s.day());
  }

  /**
   * The person's pending notifications of a delivery made before {@code before}, locked by their
   * keys only (found first without a lock: a range lock on an index would hold up everyone's new
   * notifications while this person's mail is written).
   */
  private List<Notification> locked(long userId, Delivery delivery, LocalDateTime before) {
    List<Long> found =
        longs(
            em.createNativeQuery(
                    "SELECT id FROM notification WHERE user_id = ? AND mail_state = 'PENDING'"
                        + " AND delivery = ? AND created_at < ?")
                .setParameter(1, userId)
                .setParameter(2, delivery.name())
                .setParameter(3, before)
                .getResultList());
    if (found.isEmpty()) {
      return List.of();
    }
    List<Long> ids =
        longs(
            em.createNativeQuery(
                    "SELECT id FROM notification WHERE id IN ("
                        + String.join(",", found.stream().map(String::valueOf).toList())
                        + ") AND mail_state = 'PENDING' ORDER BY id FOR UPDATE")
                .getResultList());
    return ids.stream().map(id -> em.find(Notification.class, id)).toList();
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
