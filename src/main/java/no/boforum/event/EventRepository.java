package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.boforum.platform.db.Like;
import no.boforum.taxonomy.Taxonomies;

/** Persistence of events and their seat groups. */
@ApplicationScoped
public class EventRepository {
  @PersistenceContext EntityManager em;

  public Optional<ForumEvent> findBySlug(String slug) {
    return em.createQuery("SELECT e FROM ForumEvent e WHERE e.slug = :slug", ForumEvent.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The event, with a write lock on its row until the transaction ends. */
  public Optional<ForumEvent> lockBySlug(String slug) {
    return em.createQuery("SELECT e FROM ForumEvent e WHERE e.slug = :slug", ForumEvent.class)
        .setParameter("slug", slug)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Reads {@code e} again and write-locks its row until the transaction ends. */
  public ForumEvent relock(ForumEvent e) {
    em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
    return e;
  }

  public ForumEvent lock(long id) {
    return em.find(ForumEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Deletes a draft; its seat groups, terms and agenda go with it (foreign keys cascade). */
  public void remove(ForumEvent e) {
    em.remove(e);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public ForumEvent find(long id) {
    return em.find(ForumEvent.class, id);
  }

  public boolean slugTaken(String slug) {
    return findBySlug(slug).isPresent();
  }

  /** Stores a new event and gives it its id at once (the seat groups point at it). */
  public void persist(ForumEvent e) {
    em.persist(e);
    em.flush();
  }

  public List<ForumEvent> findBySlugs(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT e FROM ForumEvent e WHERE e.slug IN :slugs", ForumEvent.class)
        .setParameter("slugs", slugs)
        .getResultList();
  }

  /** The event's seat groups in their order. */
  public List<SeatGroup> seatGroups(long eventId) {
    return em.createQuery(
            "SELECT g FROM SeatGroup g WHERE g.eventId = :e ORDER BY g.position", SeatGroup.class)
        .setParameter("e", eventId)
        .getResultList();
  }

  /**
   * Makes the event's seat groups those of {@code groups}, by position: a group that stays keeps
   * its row (and its waiting list), one that goes is deleted (its registrations lose their group
   * and are placed again by the caller).
   */
  public List<SeatGroup> replaceSeatGroups(long eventId, List<EventData.SeatGroupData> groups) {
    List<SeatGroup> existing = seatGroups(eventId);
    List<SeatGroup> kept = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      SeatGroup g;
      if (i < existing.size()) {
        g = existing.get(i);
      } else {
        g = new SeatGroup(eventId, i);
        em.persist(g);
      }
      g.update(groups.get(i));
      kept.add(g);
    }
    for (int i = groups.size(); i < existing.size(); i++) {
      SeatGroup gone = existing.get(i);
      em.createQuery("UPDATE Registration r SET r.seatGroupId = NULL WHERE r.seatGroupId = :g")
          .setParameter("g", gone.getId())
          .executeUpdate();
      em.remove(gone);
    }
    em.flush();
    return kept;
  }

  /** Published, cancelled or closed events that the filter lets through, a page of them. */
  public List<ForumEvent> findPublic(EventFilter f, LocalDateTime now, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(f, now, params);
    String order = f.past() ? "e.starts_at DESC, e.id DESC" : "e.starts_at, e.id";
    Query q =
        em.createNativeQuery(
            "SELECT e.id FROM event e WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?");
    bind(q, params);
    q.setParameter(params.size() + 1, limit);
    q.setParameter(params.size() + 2, offset);
    List<Long> ids = q.getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ForumEvent> found =
        em.createQuery("SELECT e FROM ForumEvent e WHERE e.id IN :ids", ForumEvent.class)
            .setParameter("ids", ids)
            .getResultList();
    return ids.stream()
        .map(id -> found.stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow())
        .toList();
  }

  public long countPublic(EventFilter f, LocalDateTime now) {
    List<Object> params = new ArrayList<>();
    Query q = em.createNativeQuery("SELECT COUNT(*) FROM event e WHERE " + where(f, now, params));
    bind(q, params);
    return ((Number) q.getSingleResult()).longValue();
  }

  /**
   * The latest change of any event (UTC), or the latest end of a public event by {@code now} (Oslo)
   * if later: an event that ended left the upcoming list then. Empty when there are no events.
   */
  public Optional<LocalDateTime> lastChange(LocalDateTime now) {
    LocalDateTime changed =
        em.createQuery("SELECT MAX(e.stamps.updatedAt) FROM ForumEvent e", LocalDateTime.class)
            .getSingleResult();
    LocalDateTime ended =
        em.createQuery(
                "SELECT MAX(e.endsAt) FROM ForumEvent e WHERE e.endsAt <= :now"
                    + " AND e.state IN :public",
                LocalDateTime.class)
            .setParameter("now", now)
            .setParameter(
                "public", List.of(EventState.PUBLISHED, EventState.CANCELLED, EventState.CLOSED))
            .getSingleResult();
    LocalDateTime endedUtc =
        ended == null
            ? null
            : EventTimes.zoned(ended).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    return Stream.of(changed, endedUtc).filter(Objects::nonNull).max(Comparator.naturalOrder());
  }

  private static String where(EventFilter f, LocalDateTime now, List<Object> params) {
    StringBuilder w =
        new StringBuilder(
            f.takingPlace()
                ? "e.state IN ('PUBLISHED', 'CLOSED')"
                : "e.state IN ('PUBLISHED', 'CANCELLED', 'CLOSED')");
    if (f.past()) {
      w.append(" AND e.ends_at < ?");
    } else {
      w.append(" AND e.ends_at >= ?");
    }
    params.add(now);
    if (f.county() != null) {
      w.append(" AND LEFT(e.municipality, 2) = ?");
      params.add(f.county());
    }
    if (f.theme() != null) {
      w.append(
          " AND EXISTS (SELECT 1 FROM event_term t WHERE t.event_id = e.id"
              + " AND t.taxonomy = ? AND t.code = ?)");
      params.add(Taxonomies.THEME);
      params.add(f.theme());
    }
    if (f.format() != null) {
      w.append(" AND e.format = ?");
      params.add(f.format().name());
    }
    if (f.month() != null) {
      w.append(" AND e.starts_at >= ? AND e.starts_at < ?");
      params.add(f.month().atDay(1).atStartOfDay());
      params.add(f.month().plusMonths(1).atDay(1).atStartOfDay());
    }
    if (f.changedSince() != null) {
      w.append(" AND e.updated_at > ?");
      params.add(f.changedSince());
    }
    return w.toString();
  }

  private static void bind(Query q, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
  }

  /** Events that the organisation hosts or co-hosts, in any state, newest start first. */
  public List<ForumEvent> hostedBy(Collection<Long> organisations, int limit) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT e FROM ForumEvent e LEFT JOIN e.cohostOrganisationIds c"
                + " WHERE e.hostOrganisationId IN :o OR c IN :o ORDER BY e.startsAt DESC",
            ForumEvent.class)
        .setParameter("o", organisations)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Slugs of public events after {@code after}, in slug order (for the search rebuild). */
  public List<String> publicSlugsAfter(String after, int size) {
    return em.createQuery(
            "SELECT e.slug FROM ForumEvent e WHERE e.state <> :draft AND e.slug > :after"
                + " ORDER BY e.slug",
            String.class)
        .setParameter("draft", EventState.DRAFT)
        .setParameter("after", after)
        .setMaxResults(size)
        .getResultList();
  }

  public long countPublicAll() {
    return em.createQuery("SELECT COUNT(e) FROM ForumEvent e WHERE e.state <> :draft", Long.class)
        .setParameter("draft", EventState.DRAFT)
        .getSingleResult();
  }

  /** Public events whose title or summary contains the text (the search fallback). */
  public List<ForumEvent> findByText(String text, int offset, int size) {
    return em.createQuery(
            "SELECT e FROM ForumEvent e WHERE e.state <> :draft AND (LOWER(e.title) LIKE :t"
                + Like.ESCAPE
                + " OR LOWER(e.summary) LIKE :t"
                + Like.ESCAPE
                + ") ORDER BY e.startsAt DESC, e.id",
            ForumEvent.class)
        .setParameter("draft", EventState.DRAFT)
        .setParameter("t", Like.containing(text))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  public long countByText(String text) {
    return em.createQuery(
            "SELECT COUNT(e) FROM ForumEvent e WHERE e.state <> :draft AND (LOWER(e.title) LIKE :t"
                + Like.ESCAPE
                + " OR LOWER(e.summary) LIKE :t"
                + Like.ESCAPE
                + ")",
            Long.class)
        .setParameter("draft", EventState.DRAFT)
        .setParameter("t", Like.containing(text))
        .getSingleResult();
  }
}
