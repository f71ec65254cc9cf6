package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.platform.db.Like;
import no.boforum.taxonomy.Taxonomies;

/** Needs and offers in the database: by id, the board's filtered pages, and search's reads. */
@ApplicationScoped
public class MatchingRepository {
  @PersistenceContext EntityManager em;

  public Posting find(long id) {
    return em.find(Posting.class, id);
  }

  /** The posting, locked until the transaction ends: one write of it at a time. */
  public Posting findForUpdate(long id) {
    return em.find(Posting.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Writes what changed now, so that a posting's version is the one its answer gives. */
  public void flush() {
    em.flush();
  }

  /** Stores a new posting; flushed, so that its id is known. */
  void persist(Posting posting) {
    em.persist(posting);
    em.flush();
  }

  public List<Posting> findByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // Read-only: indexing and suggestions only read. Held in their transactions, a posting was
    // written back with a new version (the log shows the indexer's UPDATE; why the posting counted
    // as changed is not known), so an editor or a first message at that moment met a conflict.
    return withCollections(
            em.createQuery("SELECT p FROM Posting p WHERE p.id IN :ids", Posting.class))
        .setParameter("ids", ids)
        .setHint("eclipselink.read-only", "true")
        .getResultList();
  }

  public List<Posting> list(PostingFilter filter, PostingFilter.Sort sort, int offset, int limit) {
    String order =
        switch (sort) {
          case NEWEST -> " ORDER BY p.createdAt DESC, p.id DESC";
          case EXPIRES -> " ORDER BY p.expiresOn, p.id";
          case TITLE -> " ORDER BY p.title, p.id";
        };
    TypedQuery<Posting> q =
        withCollections(
            em.createQuery("SELECT p FROM Posting p" + where(filter) + order, Posting.class));
    bind(q, filter);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** The latest change of any posting, in any state (UTC); empty when there is none. */
  public Optional<LocalDateTime> lastChange() {
    return Optional.ofNullable(
        em.createQuery("SELECT MAX(p.updatedAt) FROM Posting p", LocalDateTime.class)
            .getSingleResult());
  }

  public long count(PostingFilter filter) {
    TypedQuery<Long> q =
        em.createQuery("SELECT COUNT(p) FROM Posting p" + where(filter), Long.class);
    bind(q, filter);
    return q.getSingleResult();
  }

  private static String where(PostingFilter f) {
    StringBuilder w = new StringBuilder(" WHERE p.state IN :states");
    if (f.side() != null) {
      w.append(" AND p.side = :side");
    }
    if (f.targetGroup() != null) {
      w.append(term(":targetGroupTx", ":targetGroup"));
    }
    if (f.theme() != null) {
      w.append(term(":themeTx", ":theme"));
    }
    if (f.county() != null) {
      // In the county itself, or in one of its municipalities (whose codes begin with the
      // county's).
      w.append(
          " AND EXISTS (SELECT c.id FROM Posting c JOIN c.terms t WHERE c = p AND ((t.taxonomy ="
              + " :countyTx AND t.code = :county) OR (t.taxonomy = :municipalityTx AND t.code LIKE"
              + " :countyPrefix)))");
    }
    if (f.changedSince() != null) {
      w.append(" AND p.updatedAt > :since");
    }
    if (f.actorType() != null) {
      w.append(
          " AND ((p.side = :needSide"
              + term(":actorTypeTx", ":actorType")
              + ") OR (p.side = :offerSide AND EXISTS (SELECT o FROM Organisation o WHERE o.id ="
              + " p.organisationId AND o.actorType = :actorType)))");
    }
    return w.toString();
  }

  private static String term(String taxonomy, String code) {
    return " AND EXISTS (SELECT c.id FROM Posting c JOIN c.terms t WHERE c = p AND t.taxonomy = "
        + taxonomy
        + " AND t.code = "
        + code
        + ")";
  }

  private static void bind(TypedQuery<?> q, PostingFilter f) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("states", new ArrayList<>(f.states()));
    if (f.side() != null) {
      params.put("side", f.side());
    }
    if (f.targetGroup() != null) {
      params.put("targetGroupTx", Taxonomies.TARGET_GROUP);
      params.put("targetGroup", f.targetGroup());
    }
    if (f.theme() != null) {
      params.put("themeTx", Taxonomies.THEME);
      params.put("theme", f.theme());
    }
    if (f.county() != null) {
      params.put("countyTx", Taxonomies.COUNTY);
      params.put("county", f.county());
      params.put("municipalityTx", Taxonomies.MUNICIPALITY);
      params.put("countyPrefix", f.county().replace("%", "").replace("_", "") + "%");
    }
    if (f.changedSince() != null) {
      params.put("since", f.changedSince());
    }
    if (f.actorType() != null) {
      params.put("needSide", Side.NEED);
      params.put("offerSide", Side.OFFER);
      params.put("actorTypeTx", Taxonomies.ACTOR_TYPE);
      params.put("actorType", f.actorType());
    }
    params.forEach(q::setParameter);
  }

  /**
   * Current postings whose expiry date is before {@code today} or that were last confirmed no later
   * than {@code confirmedBy}: ids after {@code after}, in order, at most {@code limit}.
   */
  public List<Long> dueToExpire(LocalDate today, LocalDateTime confirmedBy, long after, int limit) {
    return em.createQuery(
            "SELECT p.id FROM Posting p WHERE p.state IN :states AND p.id > :after"
                + " AND (p.expiresOn < :today OR p.confirmedAt <= :confirmedBy) ORDER BY p.id",
            Long.class)
        .setParameter("states", new ArrayList<>(PostingFilter.CURRENT))
        .setParameter("after", after)
        .setParameter("today", today)
        .setParameter("confirmedBy", confirmedBy)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Current postings last confirmed no later than {@code confirmedBy} whose owners were not yet
   * reminded in this period: ids after {@code after}, in order, at most {@code limit}.
   */
  public List<Long> dueForReminder(LocalDateTime confirmedBy, long after, int limit) {
    return em.createQuery(
            "SELECT p.id FROM Posting p WHERE p.state IN :states AND p.id > :after"
                + " AND p.confirmRemindedAt IS NULL AND p.confirmedAt <= :confirmedBy ORDER BY p.id",
            Long.class)
        .setParameter("states", new ArrayList<>(PostingFilter.CURRENT))
        .setParameter("after", after)
        .setParameter("confirmedBy", confirmedBy)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open offers (open or in dialogue) that build on the practice, newest first. */
  public List<Posting> currentOffersBuildingOn(long practiceId, int limit) {
    return em.createQuery(
            "SELECT DISTINCT p FROM Posting p JOIN p.practiceIds pr WHERE pr = :practice"
                + " AND p.side = :offer AND p.state IN :states ORDER BY p.createdAt DESC, p.id DESC",
            Posting.class)
        .setParameter("practice", practiceId)
        .setParameter("offer", Side.OFFER)
        .setParameter("states", new ArrayList<>(PostingFilter.CURRENT))
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Postings posted before {@code postedBefore} whose other side has not been told of what fits
   * them, oldest first. Read and marked with SQL of their own: the mark is no change of the
   * posting, and must not count as one for an editor who holds its version.
   */
  @SuppressWarnings("unchecked")
  public List<Long> fitsUntold(LocalDateTime postedBefore, int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM matching_posting WHERE fits_told_at IS NULL AND created_at < ?"
                    + " ORDER BY id LIMIT ?")
            .setParameter(1, postedBefore)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Marks the period's reminder sent, with SQL of its own (no new version under an editor); only if
   * nobody confirmed or reminded meanwhile. True if it did.
   */
  public boolean markReminded(long id, LocalDateTime confirmedAt, LocalDateTime now) {
    return em.createNativeQuery(
                "UPDATE matching_posting SET confirm_reminded_at = ? WHERE id = ?"
                    + " AND confirm_reminded_at IS NULL AND confirmed_at = ?")
            .setParameter(1, now)
            .setParameter(2, id)
            .setParameter(3, confirmedAt)
            .executeUpdate()
        == 1;
  }

  public void markFitsTold(long id, LocalDateTime now) {
    em.createNativeQuery(
            "UPDATE matching_posting SET fits_told_at = ? WHERE id = ? AND fits_told_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** The posting imported from the seed file {@code key}, if any. */
  public Optional<Posting> findBySeedKey(String key) {
    return em.createQuery("SELECT p FROM Posting p WHERE p.seedKey = :k", Posting.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  /** The ids of an organisation's postings, in every state. */
  public List<Long> idsOfOrganisation(long organisationId) {
    return em.createQuery(
            "SELECT p.id FROM Posting p WHERE p.organisationId = :o ORDER BY p.id", Long.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  /** Ids after {@code after}, in order, for a rebuild of the index. */
  public List<Long> idsAfter(long after, int size) {
    return em.createQuery(
            "SELECT p.id FROM Posting p WHERE p.id > :after ORDER BY p.id", Long.class)
        .setParameter("after", after)
        .setMaxResults(size)
        .getResultList();
  }

  public long countAll() {
    return em.createQuery("SELECT COUNT(p) FROM Posting p", Long.class).getSingleResult();
  }

  /** Postings whose title or text contains {@code text} (all when empty), newest first. */
  public List<Posting> findByText(String text, int offset, int size) {
    return em.createQuery(
            "SELECT p FROM Posting p WHERE LOWER(p.title) LIKE :t"
                + Like.ESCAPE
                + " OR LOWER(p.body) LIKE :t"
                + Like.ESCAPE
                + " ORDER BY p.createdAt DESC, p.id DESC",
            Posting.class)
        .setParameter("t", Like.containing(text))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  public long countByText(String text) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Posting p WHERE LOWER(p.title) LIKE :t"
                + Like.ESCAPE
                + " OR LOWER(p.body) LIKE :t"
                + Like.ESCAPE,
            Long.class)
        .setParameter("t", Like.containing(text))
        .getSingleResult();
  }

  /** A list's codes and practices in one query each, not one per posting (EclipseLink hints). */
  private static TypedQuery<Posting> withCollections(TypedQuery<Posting> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.terms")
        .setHint("eclipselink.batch", "p.practiceIds");
  }
}
