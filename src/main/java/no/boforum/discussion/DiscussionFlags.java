package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags on posts, each with its reason, note and weight: one open flag per person and post (by the
 * key). A moderator's decision clears them; cleared flags stay for the record and weigh nothing. A
 * person flags a post again only once it changed after their last flag (a moderator's decision is
 * not questioned by flagging the same text twice).
 */
@ApplicationScoped
public class DiscussionFlags {
  /** An open flag as moderators see it. */
  public record FlagView(long postId, long userId, FlagReason reason, String note, int weight) {}

  /** A flag {@code f} of post {@code p} still stands: open, or settled on the text as it is. */
  private static final String STANDS =
      "(f.cleared_at IS NULL OR f.created_at >= COALESCE(p.edited_at, p.created_at))";

  @PersistenceContext EntityManager em;

  /**
   * Flags the post, whose row the caller holds locked; false if the person flagged it as it reads
   * now already.
   */
  boolean flag(
      long postId, long userId, FlagReason reason, String note, int weight, LocalDateTime now) {
    boolean flagged =
        ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM discussion_flag f JOIN discussion_post p"
                                + " ON p.id = f.post_id WHERE f.post_id = ? AND f.user_id = ? AND "
                                + STANDS)
                        .setParameter(1, postId)
                        .setParameter(2, userId)
                        .getSingleResult())
                .longValue()
            > 0;
    return !flagged
        && em.createNativeQuery(
                    "INSERT IGNORE INTO discussion_flag"
                        + " (post_id, user_id, reason, note, weight, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, postId)
                .setParameter(2, userId)
                .setParameter(3, reason.name())
                .setParameter(4, note)
                .setParameter(5, weight)
                .setParameter(6, now)
                .executeUpdate()
            == 1;
  }

  /** The weight of the post's open flags. */
  long weight(long postId) {
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(weight), 0) FROM discussion_flag"
                    + " WHERE post_id = ? AND cleared_at IS NULL")
            .setParameter(1, postId)
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  /** A moderator decided: the open flags are settled. */
  void clear(long postId, LocalDateTime now) {
    em.createNativeQuery(
            "UPDATE discussion_flag SET cleared_at = ? WHERE post_id = ? AND cleared_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, postId)
        .executeUpdate();
  }

  /** The open flags of the posts, oldest first, by post. */
  public Map<Long, List<FlagView>> open(Collection<Long> postIds) {
    Map<Long, List<FlagView>> flags = new LinkedHashMap<>();
    if (postIds.isEmpty()) {
      return flags;
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT post_id, user_id, reason, note, weight FROM discussion_flag"
                    + " WHERE cleared_at IS NULL AND post_id IN ("
                    + DiscussionMarks.ids(postIds)
                    + ") ORDER BY created_at, id")
            .getResultList();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      long post = ((Number) row[0]).longValue();
      flags
          .computeIfAbsent(post, k -> new java.util.ArrayList<>())
          .add(
              new FlagView(
                  post,
                  ((Number) row[1]).longValue(),
                  FlagReason.valueOf(row[2].toString()),
                  row[3] == null ? null : row[3].toString(),
                  ((Number) row[4]).intValue()));
    }
    return flags;
  }

  /** Those of the posts that the person flagged as they read now (open, or settled unchanged). */
  public Set<Long> flaggedBy(long userId, Collection<Long> postIds) {
    Set<Long> found = new java.util.HashSet<>();
    if (!postIds.isEmpty()) {
      em.createNativeQuery(
              "SELECT f.post_id FROM discussion_flag f JOIN discussion_post p ON p.id = f.post_id"
                  + " WHERE f.user_id = ? AND f.post_id IN ("
                  + DiscussionMarks.ids(postIds)
                  + ") AND "
                  + STANDS)
          .setParameter(1, userId)
          .getResultList()
          .forEach(id -> found.add(((Number) id).longValue()));
    }
    return found;
  }

  /** The flags a person left, for "download my data": post, reason, note and when. */
  public List<Map<String, Object>> of(long userId) {
    List<Map<String, Object>> flags = new java.util.ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT post_id, reason, note, created_at FROM discussion_flag WHERE user_id = ?"
                    + " ORDER BY id")
            .setParameter(1, userId)
            .getResultList()) {
      Object[] row = (Object[]) r;
      Map<String, Object> flag = new LinkedHashMap<>();
      flag.put("post", ((Number) row[0]).longValue());
      flag.put("reason", row[1].toString());
      flag.put("note", row[2] == null ? null : row[2].toString());
      flag.put("flaggedAt", String.valueOf(row[3]));
      flags.add(flag);
    }
    return flags;
  }
}
