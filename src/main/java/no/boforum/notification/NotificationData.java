package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.AccountDeleted;
import no.boforum.identity.PersonalData;

/**
 * A person's part of notifications in "download my data": their preferences, digest schedule, the
 * digests sent and every notification kept; a deleted account's all go, so nothing more is sent.
 */
@ApplicationScoped
public class NotificationData implements PersonalData {
  /** One notification in the export. */
  public record Exported(
      String kind,
      String about,
      String link,
      String detail,
      String createdAt,
      String readAt,
      String mail) {}

  @PersistenceContext EntityManager em;
  @Inject NotificationPreferences preferences;

  @Override
  public String section() {
    return "notifications";
  }

  @Override
  @Transactional
  public Object of(long userId) {
    Map<String, Object> all = new LinkedHashMap<>();
    Map<String, String> deliveries = new LinkedHashMap<>();
    preferences.of(userId).forEach((k, d) -> deliveries.put(k.name(), d.name()));
    all.put("preferences", deliveries);
    all.put("schedule", preferences.schedule(userId));
    all.put(
        "notifications",
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.userId = :u ORDER BY n.id",
                Notification.class)
            .setParameter("u", userId)
            .getResultStream()
            .map(
                n ->
                    new Exported(
                        n.getKind(),
                        n.getSubjectTitle(),
                        "/" + n.getLink(),
                        n.getDetail(),
                        String.valueOf(n.getCreatedAt()),
                        n.getReadAt() == null ? null : n.getReadAt().toString(),
                        n.getMailState() + (n.getMailedAt() == null ? "" : " " + n.getMailedAt())))
            .toList());
    @SuppressWarnings("unchecked")
    List<Object[]> digests =
        em.createNativeQuery(
                "SELECT period, period_date, items FROM notification_digest WHERE user_id = ?"
                    + " ORDER BY period_date")
            .setParameter(1, userId)
            .getResultList();
    all.put("digests", digests.stream().map(r -> r[0] + " " + r[1] + " (" + r[2] + ")").toList());
    return all;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void accountDeleted(@Observes AccountDeleted deleted) {
    for (String table :
        List.of(
            "notification",
            "notification_preference",
            "notification_schedule",
            "notification_digest")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?")
          .setParameter(1, deleted.userId())
          .executeUpdate();
    }
  }
}
