package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Contact;

/**
 * What the two mailers share: a person's pending notifications locked by key, and where to write to
 * them. Called in the mailer's transaction.
 */
@ApplicationScoped
class PendingMail {
  @PersistenceContext EntityManager em;
  @Inject ProfileService profiles;

  /**
   * The person's pending notifications of a delivery made before {@code before}, locked by their
   * keys only (found first without a lock: a range lock on an index would hold up everyone's new
   * notifications while this person's mail is written).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<Notification> locked(long userId, Delivery delivery, LocalDateTime before) {
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

  /**
   * Where to write to the person; empty for an account without an address. A deleted account's
   * notifications (one made as the account went) are deleted here: nothing is kept for it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Optional<Contact> contact(long userId) {
    Optional<Contact> to = profiles.contact(userId);
    if (to.isEmpty() && profiles.existing(List.of(userId)).isEmpty()) {
      em.createNativeQuery("DELETE FROM notification WHERE user_id = ?")
          .setParameter(1, userId)
          .executeUpdate();
    }
    return to;
  }

  static List<Long> longs(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
