package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of registrations. The seat counts are read under the event's lock ({@link Seats}).
 */
@ApplicationScoped
public class RegistrationRepository {
  @PersistenceContext EntityManager em;

  public void persist(Registration r) {
    em.persist(r);
  }

  public Optional<Registration> find(long eventId, long userId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e AND r.userId = :u",
            Registration.class)
        .setParameter("e", eventId)
        .setParameter("u", userId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Registration> findById(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  /** The event of a registration, read without loading it (before the event is locked). */
  public Optional<Long> eventOf(long registrationId) {
    return em.createQuery("SELECT r.eventId FROM Registration r WHERE r.id = :id", Long.class)
        .setParameter("id", registrationId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The database's clock (UTC, microseconds): arrivals are stamped with it under the event's lock,
   * so the waiting list's order holds even where the instances' clocks differ.
   */
  public LocalDateTime databaseNow() {
    Object now = em.createNativeQuery("SELECT UTC_TIMESTAMP(6)").getSingleResult();
    return now instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) now;
  }

  public boolean codeTaken(long eventId, String code) {
    return !em.createQuery(
            "SELECT r.id FROM Registration r WHERE r.eventId = :e AND r.code = :c", Long.class)
        .setParameter("e", eventId)
        .setParameter("c", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Every registration of the event that is not cancelled, in order of arrival. */
  public List<Registration> active(long eventId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e AND r.status <> :c"
                + " ORDER BY r.queuedAt, r.id",
            Registration.class)
        .setParameter("e", eventId)
        .setParameter("c", RegistrationStatus.CANCELLED)
        .getResultList();
  }

  /** How many registrations hold a seat (confirmed or offered), by seat group (null: none). */
  public Map<Long, Long> seatsHeld(long eventId) {
    Map<Long, Long> held = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT r.seatGroupId, COUNT(r) FROM Registration r WHERE r.eventId = :e"
                    + " AND r.status IN :s GROUP BY r.seatGroupId",
                Object[].class)
            .setParameter("e", eventId)
            .setParameter("s", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED))
            .getResultList()) {
      held.put((Long) row[0], (Long) row[1]);
    }
    return held;
  }

  /** Confirmed registrations by sector: the public mix of sectors. */
  public Map<String, Long> confirmedBySector(long eventId) {
    Map<String, Long> mix = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT r.sector, COUNT(r) FROM Registration r WHERE r.eventId = :e"
                    + " AND r.status = :s GROUP BY r.sector ORDER BY COUNT(r) DESC, r.sector",
                Object[].class)
            .setParameter("e", eventId)
            .setParameter("s", RegistrationStatus.CONFIRMED)
            .getResultList()) {
      mix.put((String) row[0], (Long) row[1]);
    }
    return mix;
  }

  /** The waiting list of a seat group (null: the event's own list), first in line first. */
  public List<Registration> waiting(long eventId, Long group, int limit) {
    String same = group == null ? "r.seatGroupId IS NULL" : "r.seatGroupId = :g";
    var q =
        em.createQuery(
                "SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :w AND "
                    + same
                    + " ORDER BY r.queuedAt, r.id",
                Registration.class)
            .setParameter("e", eventId)
            .setParameter("w", RegistrationStatus.WAITING)
            .setMaxResults(limit);
    if (group != null) {
      q.setParameter("g", group);
    }
    return q.getResultList();
  }

  /** Every waiting registration of the event, first come first. */
  public List<Registration> waitingAll(long eventId, int limit) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :w"
                + " ORDER BY r.queuedAt, r.id",
            Registration.class)
        .setParameter("e", eventId)
        .setParameter("w", RegistrationStatus.WAITING)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The place of a waiting registration in its line (1 is next): in its seat group's list, or in
   * the whole event's when {@code whole}.
   */
  public long placeInLine(Registration r, boolean whole) {
    String same =
        whole
            ? ""
            : r.getSeatGroupId() == null ? " AND o.seatGroupId IS NULL" : " AND o.seatGroupId = :g";
    var q =
        em.createQuery(
                "SELECT COUNT(o) FROM Registration o WHERE o.eventId = :e AND o.status = :w"
                    + same
                    + " AND (o.queuedAt < :t OR (o.queuedAt = :t AND o.id < :id))",
                Long.class)
            .setParameter("e", r.getEventId())
            .setParameter("w", RegistrationStatus.WAITING)
            .setParameter("t", r.getQueuedAt())
            .setParameter("id", r.getId());
    if (!whole && r.getSeatGroupId() != null) {
      q.setParameter("g", r.getSeatGroupId());
    }
    return q.getSingleResult() + 1;
  }

  /** Offers that ran out before {@code now} (UTC): event ids, so each event is handled locked. */
  public List<Long> eventsWithExpiredOffers(LocalDateTime now) {
    return em.createQuery(
            "SELECT DISTINCT r.eventId FROM Registration r WHERE r.status = :o"
                + " AND r.offerExpiresAt < :now",
            Long.class)
        .setParameter("o", RegistrationStatus.OFFERED)
        .setParameter("now", now)
        .getResultList();
  }

  public List<Registration> expiredOffers(long eventId, LocalDateTime now) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :o"
                + " AND r.offerExpiresAt < :now",
            Registration.class)
        .setParameter("e", eventId)
        .setParameter("o", RegistrationStatus.OFFERED)
        .setParameter("now", now)
        .getResultList();
  }

  public void remove(Registration r) {
    em.remove(r);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Published events, not yet started, whose seat groups were released by {@code osloNow} and that
   * still have people waiting: their freed seats are to be given.
   */
  public List<Long> releasedWithWaiting(LocalDateTime osloNow) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT e.id FROM event e WHERE e.state = 'PUBLISHED' AND e.starts_at > ?"
                    + " AND e.seats_released_at IS NOT NULL AND e.seats_released_at <= ?"
                    + " AND EXISTS (SELECT 1 FROM event_registration r WHERE r.event_id = e.id"
                    + " AND r.status = 'WAITING')")
            .setParameter(1, osloNow)
            .setParameter(2, osloNow)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Confirmed registrations not yet reminded, of published events that start between the two Oslo
   * times: ids of the events.
   */
  public List<Long> eventsDueForReminder(LocalDateTime osloFrom, LocalDateTime osloUntil) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT DISTINCT e.id FROM event e JOIN event_registration r ON r.event_id = e.id"
                    + " WHERE e.state = 'PUBLISHED' AND e.starts_at > ? AND e.starts_at <= ?"
                    + " AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL")
            .setParameter(1, osloFrom)
            .setParameter(2, osloUntil)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** The event's confirmed registrations that were not reminded yet. */
  public List<Registration> unreminded(long eventId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e AND r.status = :c"
                + " AND r.remindedAt IS NULL",
            Registration.class)
        .setParameter("e", eventId)
        .setParameter("c", RegistrationStatus.CONFIRMED)
        .getResultList();
  }

  /**
   * Clears the answers to the hosts' questions of every event that ended more than its {@code
   * answers_kept_days} before {@code osloNow}; answers how many registrations.
   */
  public int clearOldAnswers(LocalDateTime osloNow, LocalDateTime utcNow) {
    return em.createNativeQuery(
            "UPDATE event_registration r JOIN event e ON e.id = r.event_id"
                + " SET r.dietary_needs = NULL, r.accessibility_needs = NULL,"
                + " r.free_answer = NULL, r.answers_cleared_at = ?"
                + " WHERE r.answers_cleared_at IS NULL"
                + " AND TIMESTAMPADD(DAY, e.answers_kept_days, e.ends_at) < ?")
        .setParameter(1, utcNow)
        .setParameter(2, osloNow)
        .executeUpdate();
  }
}
