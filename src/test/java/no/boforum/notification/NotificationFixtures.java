package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In the container: people made straight in the database (with an address, in bokmål), told of
 * things at a moment the test chooses (after the suite's real clock, so the portal's own run of the
 * mailer never takes them), and the mail queued for them.
 */
@ApplicationScoped
public class NotificationFixtures {
  private static final AtomicInteger RUN = new AtomicInteger();

  /** A queued mail, as the outbox holds it. */
  public record Queued(String subject, String body, String unsubscribeUrl) {}

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;
  @Inject NotificationCatalogue catalogue;
  @Inject NotificationPreferences preferences;

  /** A person who can be told things, with an address of their own; answers their id. */
  @Transactional
  public long person(String name) {
    em.createNativeQuery(
            "INSERT INTO app_user (email, display_name, email_verified, preferred_language,"
                + " created_at) VALUES (?, ?, TRUE, 'nb', NOW(6))")
        .setParameter(
            1, "varsel-" + System.nanoTime() + "-" + RUN.incrementAndGet() + "@boforum.test")
        .setParameter(2, name)
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  /**
   * Tells the person of something of {@code kind} about thread {@code thread} (titled "Tråd
   * {thread}"), as if at {@code at}: made and dated in one transaction.
   */
  @Transactional
  public void tell(long userId, String kind, String type, long subject, Instant at) {
    tell(userId, kind, null, type, subject, at);
  }

  /** As {@link #tell(long, String, String, long, Instant)}, of a kind's variant. */
  @Transactional
  public void tell(
      long userId, String kind, String variant, String type, long subject, Instant at) {
    String once = "fixture-" + System.nanoTime() + "-" + RUN.incrementAndGet();
    NotificationKind k = catalogue.find(kind).orElseThrow();
    Notice notice =
        Notice.of(
                k,
                new Notice.Subject(
                    type, String.valueOf(subject), "Emne " + subject, "discussions/" + subject))
            .argument("3")
            .once(once);
    notifications.send(variant == null ? notice : notice.variant(variant), List.of(userId));
    em.createNativeQuery(
            "UPDATE notification SET created_at = ? WHERE user_id = ? AND dedupe_key = ?")
        .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(2, userId)
        .setParameter(3, once)
        .executeUpdate();
  }

  /** The mail queued for the person, oldest first. */
  @Transactional
  public List<Queued> mails(long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.subject, m.body, m.unsubscribe_url FROM mail_message m"
                    + " JOIN app_user u ON u.email = m.recipient WHERE u.id = ? ORDER BY m.id")
            .setParameter(1, userId)
            .getResultList();
    List<Queued> mails = new ArrayList<>();
    rows.forEach(r -> mails.add(new Queued((String) r[0], (String) r[1], (String) r[2])));
    return mails;
  }

  /** The periods of the person's digests, as {@code DAILY 2027-03-28}, in order. */
  @Transactional
  public List<String> digests(long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT period, period_date FROM notification_digest WHERE user_id = ?"
                    + " ORDER BY period, period_date")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream().map(r -> r[0] + " " + r[1]).toList();
  }

  /** Sets the person's deliveries and digest time, as the preferences page does. */
  @Transactional
  public void prefer(
      long userId, Map<String, Delivery> deliveries, int hour, java.time.DayOfWeek day) {
    preferences.set(userId, deliveries);
    preferences.setSchedule(userId, new NotificationPreferences.Schedule(hour, day));
  }

  /** The person's notifications as "kind link", oldest first. */
  @Transactional
  public List<String> told(long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT kind, link FROM notification WHERE user_id = ? ORDER BY id")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream().map(r -> r[0] + " " + r[1]).toList();
  }

  /** Tells all of {@code people} of a reply about thread {@code subject}, now; answers how many. */
  @Transactional
  public int tellAll(long subject, List<Long> people) {
    NotificationKind k = catalogue.find("discussion.reply").orElseThrow();
    return notifications.send(
        Notice.of(
            k,
            new Notice.Subject(
                "thread", String.valueOf(subject), "Emne " + subject, "discussions/" + subject)),
        people);
  }

  /** The person's notifications as {@code delivery mail_state}, in order. */
  @Transactional
  public List<String> states(long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT delivery, mail_state FROM notification WHERE user_id = ? ORDER BY id")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream().map(r -> r[0] + " " + r[1]).toList();
  }
}
