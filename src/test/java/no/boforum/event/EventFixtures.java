package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.boforum.identity.Caller;

/**
 * In the container: people, a host organisation and published events made straight in the database,
 * for tests of the seat rules that need hundreds of registrants (made in one statement each,
 * without the password hashing of real accounts).
 */
@ApplicationScoped
public class EventFixtures {
  private static final AtomicInteger RUN = new AtomicInteger();

  @PersistenceContext EntityManager em;
  @Inject EventRepository events;

  /**
   * {@code n} people who can log in no way but who are callers all the same. They have no address
   * (as a deleted account), so their registrations queue no mail: hundreds of them would hold up
   * the mail of the tests that run after.
   */
  @Transactional
  public List<Caller> people(int n) {
    String tag = "Sete " + RUN.incrementAndGet();
    List<Caller> callers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      em.createNativeQuery(
              "INSERT INTO app_user (email, display_name, email_verified, preferred_language,"
                  + " created_at) VALUES (NULL, ?, TRUE, 'nb', NOW(6))")
          .setParameter(1, tag + " " + i)
          .executeUpdate();
      long id =
          ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
      callers.add(new Caller(id, "Person " + i, "nb", Set.of(), Map.of()));
    }
    return callers;
  }

  /** A verified organisation of this actor type, to host events. */
  @Transactional
  public long organisation(String actorType) {
    String slug = "seat-host-" + System.nanoTime() + "-" + RUN.incrementAndGet();
    em.createNativeQuery(
            "INSERT INTO organisation (slug, name, actor_type, description, verified, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'Laga av testane.', TRUE, NOW(6), NOW(6))")
        .setParameter(1, slug)
        .setParameter(2, "Vert " + slug)
        .setParameter(3, actorType)
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  /**
   * A published event of {@code host} starting {@code startsIn} from now (Oslo time), with a
   * capacity or seat groups, and registration open from now on.
   */
  @Transactional
  public String published(
      long host,
      Integer capacity,
      List<EventData.SeatGroupData> groups,
      LocalDateTime releasedAt,
      java.time.Duration startsIn) {
    LocalDateTime start = EventTimes.now(java.time.Clock.systemUTC()).plus(startsIn);
    EventData data =
        new EventData(
            "Setetest",
            "Eit arrangement for testane.",
            "Berre for testen.",
            "nn",
            EventFormat.DIGITAL,
            null,
            null,
            null,
            "https://møte.example/rom",
            start,
            start.plusHours(3),
            null,
            null,
            capacity,
            groups,
            releasedAt,
            null,
            host,
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            false);
    LocalDateTime now = LocalDateTime.now();
    ForumEvent e =
        new ForumEvent("setetest-" + System.nanoTime() + "-" + RUN.incrementAndGet(), null, now);
    e.update(data, now);
    events.persist(e);
    events.replaceSeatGroups(e.getId(), groups);
    e.moveTo(EventState.PUBLISHED, now);
    return e.getSlug();
  }

  /** Registrations of the event in order of arrival, cancelled ones too. */
  @Transactional
  public List<Registration> registrations(String slug) {
    long id = events.findBySlug(slug).orElseThrow().getId();
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.eventId = :e ORDER BY r.queuedAt, r.id",
            Registration.class)
        .setParameter("e", id)
        .getResultList();
  }

  @Transactional
  public List<SeatGroup> groups(String slug) {
    return events.seatGroups(events.findBySlug(slug).orElseThrow().getId());
  }

  /** A number a native query answers (a count, say), read in a transaction of its own. */
  @Transactional
  public long number(String query, Object... parameters) {
    var q = em.createNativeQuery(query);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** Runs {@code work} in a transaction of its own, as a feature's service would. */
  @Transactional
  public void inTransaction(Runnable work) {
    work.run();
  }

  /** Runs a native statement in a transaction of its own (to set a time in the past, say). */
  @Transactional
  public int sql(String statement, Object... parameters) {
    var q = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return q.executeUpdate();
  }

  /** Sets the event's capacity and announces the change of seats, as the editor does. */
  @Transactional
  public void setCapacity(String slug, int capacity, EventChanges changes) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow();
    EventData d = e.data(events.seatGroups(e.getId()));
    e.update(
        new EventData(
            d.title(),
            d.summary(),
            d.description(),
            d.language(),
            d.format(),
            d.venueName(),
            d.venueAddress(),
            d.municipality(),
            d.joinLink(),
            d.startsAt(),
            d.endsAt(),
            d.registrationOpensAt(),
            d.registrationClosesAt(),
            capacity,
            d.seatGroups(),
            d.seatsReleasedAt(),
            d.registration(),
            d.hostOrganisationId(),
            d.cohostOrganisationIds(),
            d.themes(),
            d.targetGroups(),
            d.contact(),
            d.agenda(),
            d.illustrative()),
        LocalDateTime.now());
    events.flush();
    changes.seatsChanged(e);
  }

  /** A host's removal of a registration. */
  @Transactional
  public void removeByHost(String slug, long registrationId, Registrations registrations) {
    registrations.removeChecked(events.lockBySlug(slug).orElseThrow(), registrationId);
  }
}
