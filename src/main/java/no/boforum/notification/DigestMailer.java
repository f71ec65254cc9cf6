package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.notification.NotificationPreferences.Schedule;

/**
 * Digests once a person's period has passed: everything of that delivery from before the period's
 * moment, with a row in {@code notification_digest} per person and period, so a late run, a restart
 * or a second instance never sends a period twice; nothing new, no mail. Run by the {@link
 * NotificationMailer}'s job.
 */
@ApplicationScoped
public class DigestMailer {
  @PersistenceContext EntityManager em;
  @Inject NotificationPreferences preferences;
  @Inject NotificationMails mails;
  @Inject PendingMail pending;
  @Inject Inbox inbox;

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
          if (first.isBefore(PendingMail.utc(moment.toInstant()))) {
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
            .setParameter(4, PendingMail.utc(now))
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    List<Notification> items =
        pending.locked(userId, period.delivery(), PendingMail.utc(moment.toInstant()));
    // What the person read in the portal meanwhile is not news: it is not mailed.
    items.stream().filter(n -> n.getReadAt() != null).forEach(Notification::notMailed);
    List<Notification> unread = items.stream().filter(n -> n.getReadAt() == null).toList();
    Optional<Contact> to = unread.isEmpty() ? Optional.empty() : pending.contact(userId);
    if (to.isEmpty()) {
      // Nothing new (or nobody to write to): no mail, and no period on record.
      unread.forEach(Notification::notMailed);
      em.createNativeQuery(
              "DELETE FROM notification_digest WHERE user_id = ? AND period = ? AND period_date = ?")
          .setParameter(1, userId)
          .setParameter(2, period.name())
          .setParameter(3, moment.toLocalDate())
          .executeUpdate();
      return 0;
    }
    mails.digest(userId, to.get(), period, unread, inbox.actorNames(unread));
    unread.forEach(n -> n.mailed(PendingMail.utc(now)));
    em.createNativeQuery(
            "UPDATE notification_digest SET items = ?"
                + " WHERE user_id = ? AND period = ? AND period_date = ?")
        .setParameter(1, unread.size())
        .setParameter(2, userId)
        .setParameter(3, period.name())
        .setParameter(4, moment.toLocalDate())
        .executeUpdate();
    return 1;
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
}
