package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The queries of the review reminder ({@link ReviewReminder}): published practices not reviewed
 * since a cutoff whose owners were not told yet, by owner, and marking them told. Apart from {@link
 * PracticeRepository}, which keeps the practices' own reads and writes.
 */
@ApplicationScoped
public class PracticeReviewsDue {
  @PersistenceContext EntityManager em;

  /** A published practice not reviewed since before the cutoff whose owners were not told yet. */
  private static final String DUE_FOR_REVIEW =
      " FROM Practice p WHERE p.state = :s AND p.lastReviewedAt < :cutoff"
          + " AND (p.reviewRemindedAt IS NULL OR p.reviewRemindedAt < p.lastReviewedAt)";

  /** The owners (organisation ids, null for none) of practices due for a review reminder. */
  public List<Long> ownersDueForReview(LocalDateTime cutoff) {
    return em.createQuery("SELECT DISTINCT p.ownerOrganisationId" + DUE_FOR_REVIEW, Long.class)
        .setParameter("s", PracticeState.PUBLISHED)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /** Slug and title of an owner's practices due for review, the longest unreviewed first. */
  public List<Object[]> dueForReview(Long owner, LocalDateTime cutoff, int limit) {
    return dueQuery("SELECT p.slug, p.title", owner, cutoff, " ORDER BY p.lastReviewedAt, p.id")
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Marks an owner's due practices as reminded ({@code slugs} null: all of them, else those only);
   * returns how many.
   */
  public int markRemindedOfReview(
      Long owner, LocalDateTime cutoff, LocalDateTime when, List<String> slugs) {
    if (slugs != null && slugs.isEmpty()) {
      return 0;
    }
    Query q =
        em.createQuery(
            "UPDATE Practice p SET p.reviewRemindedAt = :t WHERE p.state = :s"
                + " AND p.lastReviewedAt < :cutoff"
                + " AND (p.reviewRemindedAt IS NULL OR p.reviewRemindedAt < p.lastReviewedAt)"
                + (slugs == null ? "" : " AND p.slug IN :slugs")
                + " AND "
                + ownerIs(owner));
    if (owner != null) {
      q.setParameter("owner", owner);
    }
    if (slugs != null) {
      q.setParameter("slugs", slugs);
    }
    return q.setParameter("t", when)
        .setParameter("s", PracticeState.PUBLISHED)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  private Query dueQuery(String select, Long owner, LocalDateTime cutoff, String order) {
    Query q = em.createQuery(select + DUE_FOR_REVIEW + " AND " + ownerIs(owner) + order);
    if (owner != null) {
      q.setParameter("owner", owner);
    }
    return q.setParameter("s", PracticeState.PUBLISHED).setParameter("cutoff", cutoff);
  }

  private static String ownerIs(Long owner) {
    return owner == null ? "p.ownerOrganisationId IS NULL" : "p.ownerOrganisationId = :owner";
  }
}
