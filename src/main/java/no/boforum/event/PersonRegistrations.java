package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's registrations across events: their page of events, their calendar feed, "download my
 * data" and the deletion of their account. (The seat-keeping queries of one event are in {@link
 * RegistrationRepository}.)
 */
@ApplicationScoped
public class PersonRegistrations {
  @PersistenceContext EntityManager em;

  /** A person's registrations that are not cancelled, with their events' ids. */
  public List<Registration> ofUser(long userId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.userId = :u AND r.status <> :c"
                + " ORDER BY r.createdAt DESC",
            Registration.class)
        .setParameter("u", userId)
        .setParameter("c", RegistrationStatus.CANCELLED)
        .getResultList();
  }

  /**
   * A page of a person's open registrations: for events not yet over (soonest first) or for those
   * that are ({@code past}; latest first). {@code now} is Oslo wall-clock time, as events keep it.
   */
  public List<Registration> ofUser(
      long userId, boolean past, LocalDateTime now, int offset, int limit) {
    return em.createQuery(
            "SELECT r FROM Registration r, ForumEvent e WHERE e.id = r.eventId AND r.userId = :u"
                + " AND r.status <> :c AND "
                + (past
                    ? "e.endsAt < :now ORDER BY e.startsAt DESC"
                    : "e.endsAt >= :now ORDER BY e.startsAt"),
            Registration.class)
        .setParameter("u", userId)
        .setParameter("c", RegistrationStatus.CANCELLED)
        .setParameter("now", now)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many open registrations {@link #ofUser(long, boolean, LocalDateTime, int, int)} pages. */
  public long countOfUser(long userId, boolean past, LocalDateTime now) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Registration r, ForumEvent e WHERE e.id = r.eventId"
                + " AND r.userId = :u AND r.status <> :c AND e.endsAt "
                + (past ? "<" : ">=")
                + " :now",
            Long.class)
        .setParameter("u", userId)
        .setParameter("c", RegistrationStatus.CANCELLED)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** Every registration of a person, cancelled ones too ("download my data"). */
  public List<Registration> allOfUser(long userId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.userId = :u ORDER BY r.createdAt",
            Registration.class)
        .setParameter("u", userId)
        .getResultList();
  }
}
