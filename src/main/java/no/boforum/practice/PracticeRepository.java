package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.boforum.practice.PracticeFilter.Sort;

/** Persistence of practices, their revisions and adoptions. */
@ApplicationScoped
public class PracticeRepository {
  @PersistenceContext EntityManager em;

  public Optional<Practice> findBySlug(String slug) {
    return em.createQuery("SELECT p FROM Practice p WHERE p.slug = :slug", Practice.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Practice findById(long id) {
    return em.find(Practice.class, id);
  }

  public boolean slugTaken(String slug) {
    return findBySlug(slug).isPresent();
  }

  public List<Practice> findBySlugs(List<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return withCollections(
            em.createQuery("SELECT p FROM Practice p WHERE p.slug IN :slugs", Practice.class))
        .setParameter("slugs", slugs)
        .getResultList();
  }

  /** The practices with these ids (in no order); unknown ids are left out. */
  public List<Practice> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Practice p WHERE p.id IN :ids", Practice.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /** Published practices matching the filter, in the asked order. */
  public List<Practice> findPublished(PracticeFilter filter, Sort sort, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, params);
    String order =
        switch (sort) {
          case TITLE -> "p.title, p.id";
          case SPREAD -> "p.spread DESC, p.title, p.id";
          case EVIDENCE -> EVIDENCE_ORDER + ", p.title, p.id";
          case UPDATED -> "p.updated_at DESC, p.id";
        };
    Query q =
        em.createNativeQuery(
            "SELECT p.id FROM practice p WHERE "
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?");
    params.add(limit);
    params.add(offset);
    bind(q, params);
    List<Long> ids =
        ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    return byIdsInOrder(ids);
  }

  public long countPublished(PracticeFilter filter) {
    List<Object> params = new ArrayList<>();
    Query q =
        em.createNativeQuery("SELECT COUNT(*) FROM practice p WHERE " + where(filter, params));
    bind(q, params);
    return ((Number) q.getSingleResult()).longValue();
  }

  /** The latest change of any practice or adoption, in any state (UTC); empty when none. */
  public Optional<LocalDateTime> lastChange() {
    LocalDateTime practice =
        em.createQuery("SELECT MAX(p.updatedAt) FROM Practice p", LocalDateTime.class)
            .getSingleResult();
    LocalDateTime adoption =
        em.createQuery("SELECT MAX(a.updatedAt) FROM Adoption a", LocalDateTime.class)
            .getSingleResult();
    return Stream.of(practice, adoption).filter(Objects::nonNull).max(Comparator.naturalOrder());
  }

  private static final String EVIDENCE_ORDER =
      "FIELD(p.evidence_level, 'documented_effect', 'effect_evaluated', 'process_evaluated',"
          + " 'described', 'idea_pilot')";

  private static String where(PracticeFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder("p.state = 'PUBLISHED'");
    f.terms()
        .forEach(
            (taxonomy, code) -> {
              if (code != null && !code.isBlank()) {
                sql.append(
                    " AND EXISTS (SELECT 1 FROM practice_term t WHERE t.practice_id = p.id"
                        + " AND t.taxonomy = ? AND t.code = ?)");
                params.add(taxonomy);
                params.add(code);
              }
            });
    if (f.county() != null && !f.county().isBlank()) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM practice_term t WHERE t.practice_id = p.id"
              + " AND t.taxonomy = 'place' AND (t.code = ? OR (LENGTH(t.code) = 4 AND LEFT(t.code, 2) = ?)))");
      params.add(f.county());
      params.add(f.county());
    }
    if (f.evidenceLevel() != null) {
      sql.append(" AND p.evidence_level = ?");
      params.add(f.evidenceLevel().code());
    }
    if (f.activityStatus() != null) {
      sql.append(" AND p.activity_status = ?");
      params.add(f.activityStatus().name());
    }
    if (f.language() != null && !f.language().isBlank()) {
      sql.append(" AND p.language = ?");
      params.add(f.language());
    }
    if (f.changedSince() != null) {
      // An adoption changes the practice's spread, which the list shows.
      sql.append(
          " AND (p.updated_at > ? OR EXISTS (SELECT 1 FROM adoption a WHERE a.practice_id = p.id"
              + " AND a.updated_at > ?))");
      params.add(f.changedSince());
      params.add(f.changedSince());
    }
    return sql.toString();
  }

  private static void bind(Query q, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
  }

  private List<Practice> byIdsInOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Practice> found =
        new ArrayList<>(
            em.createQuery("SELECT p FROM Practice p WHERE p.id IN :ids", Practice.class)
                .setParameter("ids", ids)
                .getResultList());
    found.sort(Comparator.comparingInt(p -> ids.indexOf(p.getId())));
    return found;
  }

  /** Every practice of these organisations, in every state, most recently changed first. */
  public List<Practice> findByOwners(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM Practice p WHERE p.ownerOrganisationId IN :ids"
                + " ORDER BY p.updatedAt DESC, p.id",
            Practice.class)
        .setParameter("ids", organisationIds)
        .getResultList();
  }

  /** The slugs of an organisation's practices, in every state. */
  public List<String> slugsOwnedBy(long organisationId) {
    return em.createQuery(
            "SELECT p.slug FROM Practice p WHERE p.ownerOrganisationId = :o ORDER BY p.id",
            String.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  /** Practices in a state, the longest waiting first. */
  public List<Practice> findByState(PracticeState state) {
    return em.createQuery(
            "SELECT p FROM Practice p WHERE p.state = :s ORDER BY p.updatedAt, p.id",
            Practice.class)
        .setParameter("s", state)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  /**
   * Review dates are written past the optimistic lock: they change no content, and an editor with
   * the form open must not be told that someone changed the practice.
   */
  public void markReviewed(long practiceId, LocalDateTime when) {
    em.createQuery("UPDATE Practice p SET p.lastReviewedAt = :t WHERE p.id = :id")
        .setParameter("t", when)
        .setParameter("id", practiceId)
        .executeUpdate();
  }

  /** Raises the practice's version, for a change that is not in its own row. */
  public void raiseVersion(Practice practice) {
    // A bulk update: EclipseLink writes no row for a forced increment on an unchanged entity.
    em.createQuery("UPDATE Practice p SET p.version = p.version + 1 WHERE p.id = :id")
        .setParameter("id", practice.getId())
        .executeUpdate();
  }

  /**
   * Writes a practice's spread without raising its version: adoptions are other organisations'
   * news, and must not make the owner's open edit fail as changed by someone else (issue 18).
   * Pending changes are flushed first, since the refresh that reads the spread back would otherwise
   * discard them.
   */
  public void writeSpread(Practice practice, int spread) {
    em.flush();
    em.createNativeQuery("UPDATE practice SET spread = ? WHERE id = ?")
        .setParameter(1, spread)
        .setParameter(2, practice.getId())
        .executeUpdate();
    em.refresh(practice);
  }

  /** Locks the practice's row, so that adoption changes and their count take turns. */
  public void lock(Practice practice) {
    em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
  }

  public List<PracticeRevision> revisions(long practiceId) {
    return em.createQuery(
            "SELECT r FROM PracticeRevision r WHERE r.practiceId = :p ORDER BY r.number DESC",
            PracticeRevision.class)
        .setParameter("p", practiceId)
        .getResultList();
  }

  public int lastRevisionNumber(long practiceId) {
    Integer n =
        em.createQuery(
                "SELECT MAX(r.number) FROM PracticeRevision r WHERE r.practiceId = :p",
                Integer.class)
            .setParameter("p", practiceId)
            .getSingleResult();
    return n == null ? 0 : n;
  }

  // EclipseLink's query hints, by name: the provider is the container's, not a compile dependency.
  // Each BATCH hint adds one collection.
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  /**
   * Loads the element collections of every practice the query returns in one query each (an IN list
   * of ids), instead of one query per practice and collection: a page of the index rebuild reads
   * 200 practices.
   */
  private static TypedQuery<Practice> withCollections(TypedQuery<Practice> query) {
    return query
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "p.terms")
        .setHint(BATCH, "p.partnerOrganisationIds")
        .setHint(BATCH, "p.links");
  }

  public void remove(Object entity) {
    em.remove(entity);
    em.flush();
  }
}
