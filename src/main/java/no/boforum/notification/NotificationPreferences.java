package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.platform.InputProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each person's delivery per kind (a kind they never chose has its default) and when their digests
 * go. A change applies to what still waits to be mailed: a reply waiting for its mail goes into
 * tomorrow's digest instead once replies are set to daily.
 */
@ApplicationScoped
public class NotificationPreferences {
  /** The hour of the daily digest (Europe/Oslo) and the day of the weekly one. */
  public record Schedule(int hour, DayOfWeek day) {
    public Schedule {
      if (hour < 0 || hour > 23) {
        throw new InputProblem("digestHour", "notify.prefs.hourInvalid");
      }
      if (day == null) {
        throw new InputProblem("digestDay", "notify.prefs.dayInvalid");
      }
    }
  }

  @PersistenceContext EntityManager em;
  @Inject NotificationCatalogue catalogue;

  /** The digest hour of everyone who did not choose one (Europe/Oslo); their day is Monday. */
  @Inject
  @ConfigProperty(name = "boforum.notifications.digest-hour", defaultValue = "7")
  int defaultHour;

  /** Every kind with the person's delivery, in the catalogue's order. */
  @Transactional
  public Map<NotificationKind, Delivery> of(long userId) {
    Map<String, Delivery> chosen = new HashMap<>();
    rows("SELECT kind, delivery FROM notification_preference WHERE user_id = ?", userId)
        .forEach(r -> chosen.put((String) r[0], Delivery.valueOf((String) r[1])));
    Map<NotificationKind, Delivery> all = new LinkedHashMap<>();
    catalogue.all().forEach(k -> all.put(k, chosen.getOrDefault(k.name(), k.byDefault())));
    return all;
  }

  /** The delivery of one kind for each of {@code userIds}. */
  @Transactional(Transactional.TxType.MANDATORY)
  Map<Long, Delivery> of(Collection<Long> userIds, NotificationKind kind) {
    Map<Long, Delivery> deliveries = new HashMap<>();
    userIds.forEach(id -> deliveries.put(id, kind.byDefault()));
    if (!userIds.isEmpty()) {
      String ids = String.join(",", userIds.stream().map(String::valueOf).toList());
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT user_id, delivery FROM notification_preference"
                      + " WHERE kind = ? AND user_id IN ("
                      + ids
                      + ")")
              .setParameter(1, kind.name())
              .getResultList();
      rows.forEach(
          r -> deliveries.put(((Number) r[0]).longValue(), Delivery.valueOf((String) r[1])));
    }
    return deliveries;
  }

  /**
   * Sets the deliveries named (by kind name); kinds left out keep theirs. Unknown kinds are refused
   * before anything changes.
   */
  @Transactional
  public void set(long userId, Map<String, Delivery> choices) {
    choices.forEach(
        (name, delivery) -> {
          NotificationKind kind =
              catalogue
                  .find(name)
                  .orElseThrow(() -> new InputProblem("kinds", "notify.prefs.unknownKind"));
          if (delivery == null) {
            throw new InputProblem("kinds", "notify.prefs.deliveryInvalid");
          }
          if (!kind.choices().contains(delivery)) {
            throw new InputProblem("kinds", "notify.prefs.essential");
          }
        });
    choices.forEach((name, delivery) -> choose(userId, name, delivery));
  }

  /** Stops the mail of these kinds: they still reach the bell. */
  @Transactional
  public void stopMail(long userId, Collection<String> kinds) {
    Map<NotificationKind, Delivery> now = of(userId);
    now.forEach(
        (kind, delivery) -> {
          if (kinds.contains(kind.name()) && delivery.mailed()) {
            choose(userId, kind.name(), Delivery.PORTAL);
          }
        });
  }

  private void choose(long userId, String kind, Delivery delivery) {
    em.createNativeQuery(
            "INSERT INTO notification_preference (user_id, kind, delivery) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE delivery = VALUE(delivery)")
        .setParameter(1, userId)
        .setParameter(2, kind)
        .setParameter(3, delivery.name())
        .executeUpdate();
    // What waits follows the choice. The rows are found first without a lock and then changed by
    // their keys, in the order of their ids, as the mailer locks them: the two never deadlock.
    List<Long> waiting =
        PendingMail.longs(
            em.createNativeQuery(
                    "SELECT id FROM notification WHERE user_id = ? AND kind = ?"
                        + " AND mail_state = 'PENDING'")
                .setParameter(1, userId)
                .setParameter(2, kind)
                .getResultList());
    if (waiting.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "UPDATE notification SET delivery = ?, mail_state = ? WHERE id IN ("
                + String.join(",", waiting.stream().sorted().map(String::valueOf).toList())
                + ") AND mail_state = 'PENDING'")
        .setParameter(1, delivery.name())
        .setParameter(2, delivery.mailed() ? "PENDING" : "NONE")
        .executeUpdate();
  }

  @Transactional
  public Schedule schedule(long userId) {
    List<Object[]> row =
        rows("SELECT digest_hour, digest_day FROM notification_schedule WHERE user_id = ?", userId);
    return row.isEmpty()
        ? new Schedule(defaultHour, DayOfWeek.MONDAY)
        : new Schedule(
            ((Number) row.get(0)[0]).intValue(), DayOfWeek.of(((Number) row.get(0)[1]).intValue()));
  }

  /** The schedules of these people (the default for those who chose none). */
  @Transactional
  public Map<Long, Schedule> schedules(Collection<Long> userIds) {
    Map<Long, Schedule> all = new HashMap<>();
    userIds.forEach(id -> all.put(id, new Schedule(defaultHour, DayOfWeek.MONDAY)));
    List<Long> ids = List.copyOf(userIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT user_id, digest_hour, digest_day FROM notification_schedule"
                      + " WHERE user_id IN ("
                      + String.join(
                          ",",
                          ids.subList(from, Math.min(ids.size(), from + 1000)).stream()
                              .map(String::valueOf)
                              .toList())
                      + ")")
              .getResultList();
      rows.forEach(
          r ->
              all.put(
                  ((Number) r[0]).longValue(),
                  new Schedule(
                      ((Number) r[1]).intValue(), DayOfWeek.of(((Number) r[2]).intValue()))));
    }
    return all;
  }

  @Transactional
  public void setSchedule(long userId, Schedule schedule) {
    em.createNativeQuery(
            "INSERT INTO notification_schedule (user_id, digest_hour, digest_day) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE digest_hour = VALUE(digest_hour),"
                + " digest_day = VALUE(digest_day)")
        .setParameter(1, userId)
        .setParameter(2, schedule.hour())
        .setParameter(3, schedule.day().getValue())
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long userId) {
    return em.createNativeQuery(sql).setParameter(1, userId).getResultList();
  }
}
