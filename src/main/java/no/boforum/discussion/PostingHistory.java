package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a person has posted, as {@link PostingGuard} counts it: posts in the rate-limit window, the
 * same text twice, posts readers see (pre-moderation), under the person's row lock.
 */
@ApplicationScoped
public class PostingHistory {
  @PersistenceContext EntityManager em;

  /** How many posts the person wrote since then (rate limits count rows, on every instance). */
  public long countPostsSince(long authorId, java.time.LocalDateTime since) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.createdAt > :since",
            Long.class)
        .setParameter("a", authorId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** True if the person wrote exactly this text since then. */
  public boolean wroteSince(long authorId, String body, java.time.LocalDateTime since) {
    return !em.createNativeQuery(
            "SELECT id FROM discussion_post WHERE author_id = ? AND created_at > ? AND body = ?"
                + " LIMIT 1")
        .setParameter(1, authorId)
        .setParameter(2, since)
        .setParameter(3, body)
        .getResultList()
        .isEmpty();
  }

  /**
   * How many of the person's posts readers see (approved, or never held): a post hidden, refused or
   * removed does not count towards leaving pre-moderation.
   */
  public long countPassed(long authorId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.state = :v", Long.class)
        .setParameter("a", authorId)
        .setParameter("v", PostState.VISIBLE)
        .getSingleResult();
  }

  /**
   * Takes the person's row lock until the transaction ends: one person's posts are counted and
   * written one at a time (rate limits hold against parallel requests, on every instance).
   */
  public void lockAuthor(long userId) {
    em.createNativeQuery("SELECT id FROM app_user WHERE id = ? FOR UPDATE")
        .setParameter(1, userId)
        .getResultList();
  }
}
