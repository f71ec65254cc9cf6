package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small rows about posts and threads that people leave: helpful marks (one per person and post,
 * by the key), accepted answers, and each reader's follow or mute and last-read post.
 */
@ApplicationScoped
public class DiscussionMarks {
  /** A reader's standing with a thread. */
  public enum Level {
    FOLLOWING,
    MUTED
  }

  @PersistenceContext EntityManager em;

  /** Marks the post helpful; false if the person had already marked it. */
  public boolean markHelpful(long postId, long userId, LocalDateTime now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO discussion_helpful (post_id, user_id, created_at) VALUES (?, ?, ?)")
            .setParameter(1, postId)
            .setParameter(2, userId)
            .setParameter(3, now)
            .executeUpdate()
        == 1;
  }

  public boolean unmarkHelpful(long postId, long userId) {
    return em.createNativeQuery("DELETE FROM discussion_helpful WHERE post_id = ? AND user_id = ?")
            .setParameter(1, postId)
            .setParameter(2, userId)
            .executeUpdate()
        == 1;
  }

  /** How many marked each of the posts helpful (posts nobody marked are left out). */
  public Map<Long, Long> helpfulCounts(Collection<Long> postIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (!postIds.isEmpty()) {
      rows("SELECT post_id, COUNT(*) FROM discussion_helpful WHERE post_id IN ("
              + ids(postIds)
              + ") GROUP BY post_id")
          .forEach(r -> counts.put(number(r[0]), number(r[1])));
    }
    return counts;
  }

  /** Those of the posts that the person marked helpful. */
  public Set<Long> markedBy(long userId, Collection<Long> postIds) {
    return postsBy(em, "discussion_helpful", userId, postIds);
  }

  /** Those of the posts that have a row of the person in {@code table} (a constant name). */
  static Set<Long> postsBy(EntityManager em, String table, long userId, Collection<Long> postIds) {
    Set<Long> found = new HashSet<>();
    if (!postIds.isEmpty()) {
      em.createNativeQuery(
              "SELECT post_id FROM "
                  + table
                  + " WHERE user_id = ? AND post_id IN ("
                  + ids(postIds)
                  + ")")
          .setParameter(1, userId)
          .getResultList()
          .forEach(id -> found.add(number(id)));
    }
    return found;
  }

  public List<Long> helpfulOf(long userId) {
    return longs(
        em.createNativeQuery("SELECT post_id FROM discussion_helpful WHERE user_id = ? ORDER BY 1")
            .setParameter(1, userId)
            .getResultList());
  }

  /** Accepts the post as an answer; false if it already was. */
  public boolean accept(long threadId, long postId, long by, LocalDateTime now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO discussion_accepted (thread_id, post_id, accepted_by, accepted_at)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, threadId)
            .setParameter(2, postId)
            .setParameter(3, by)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }

  public boolean unaccept(long threadId, long postId) {
    return em.createNativeQuery(
                "DELETE FROM discussion_accepted WHERE thread_id = ? AND post_id = ?")
            .setParameter(1, threadId)
            .setParameter(2, postId)
            .executeUpdate()
        == 1;
  }

  /** The accepted answers of a thread, in the order they were accepted. */
  public List<Long> accepted(long threadId) {
    return longs(
        em.createNativeQuery(
                "SELECT post_id FROM discussion_accepted WHERE thread_id = ?"
                    + " ORDER BY accepted_at, post_id")
            .setParameter(1, threadId)
            .getResultList());
  }

  public Optional<Level> level(long threadId, long userId) {
    List<?> found =
        em.createNativeQuery(
                "SELECT level FROM discussion_reader WHERE thread_id = ? AND user_id = ?")
            .setParameter(1, threadId)
            .setParameter(2, userId)
            .getResultList();
    return found.isEmpty() || found.get(0) == null
        ? Optional.empty()
        : Optional.of(Level.valueOf(found.get(0).toString()));
  }

  /** Sets the reader's standing; null leaves neither follow nor mute. */
  public void setLevel(long threadId, long userId, Level level) {
    if (level == null) {
      em.createNativeQuery(
              "UPDATE discussion_reader SET level = NULL WHERE thread_id = ? AND user_id = ?")
          .setParameter(1, threadId)
          .setParameter(2, userId)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "INSERT INTO discussion_reader (thread_id, user_id, level) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE level = VALUES(level)")
        .setParameter(1, threadId)
        .setParameter(2, userId)
        .setParameter(3, level.name())
        .executeUpdate();
  }

  /** The reader has seen the thread up to this post (never back). */
  public void markRead(long threadId, long userId, long postId) {
    em.createNativeQuery(
            "INSERT INTO discussion_reader (thread_id, user_id, last_read_post_id) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_read_post_id ="
                + " GREATEST(COALESCE(last_read_post_id, 0), VALUES(last_read_post_id))")
        .setParameter(1, threadId)
        .setParameter(2, userId)
        .setParameter(3, postId)
        .executeUpdate();
  }

  /** The last post the reader has seen in each of the threads they opened. */
  public Map<Long, Long> lastRead(long userId, Collection<Long> threadIds) {
    Map<Long, Long> read = new HashMap<>();
    if (!threadIds.isEmpty()) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT thread_id, last_read_post_id FROM discussion_reader WHERE user_id = ?"
                      + " AND last_read_post_id IS NOT NULL AND thread_id IN ("
                      + ids(threadIds)
                      + ")")
              .setParameter(1, userId)
              .getResultList();
      rows.forEach(r -> read.put(number(((Object[]) r)[0]), number(((Object[]) r)[1])));
    }
    return read;
  }

  /** The people who follow a thread. */
  public List<Long> followers(long threadId) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT user_id FROM discussion_reader WHERE thread_id = ? AND level = 'FOLLOWING'")
            .setParameter(1, threadId)
            .getResultList();
    return ids.stream().map(o -> ((Number) o).longValue()).toList();
  }

  /** The threads a person follows or muted, by thread id. */
  public Map<Long, Level> levelsOf(long userId) {
    Map<Long, Level> levels = new HashMap<>();
    em.createNativeQuery(
            "SELECT thread_id, level FROM discussion_reader WHERE user_id = ? AND level IS NOT NULL")
        .setParameter(1, userId)
        .getResultList()
        .forEach(
            r -> {
              Object[] row = (Object[]) r;
              levels.put(number(row[0]), Level.valueOf(row[1].toString()));
            });
    return levels;
  }

  /** What a person read of each thread (the newest post read), by thread id: for their export. */
  public Map<Long, Long> readOf(long userId) {
    Map<Long, Long> read = new HashMap<>();
    em.createNativeQuery(
            "SELECT thread_id, last_read_post_id FROM discussion_reader"
                + " WHERE user_id = ? AND last_read_post_id IS NOT NULL")
        .setParameter(1, userId)
        .getResultList()
        .forEach(
            r -> {
              Object[] row = (Object[]) r;
              read.put(number(row[0]), number(row[1]));
            });
    return read;
  }

  /** The newest post of each thread, for unread markers. */
  public Map<Long, Long> newestPosts(Collection<Long> threadIds) {
    Map<Long, Long> newest = new HashMap<>();
    if (!threadIds.isEmpty()) {
      rows("SELECT thread_id, MAX(id) FROM discussion_post WHERE thread_id IN ("
              + ids(threadIds)
              + ") GROUP BY thread_id")
          .forEach(r -> newest.put(number(r[0]), number(r[1])));
    }
    return newest;
  }

  private List<Object[]> rows(String sql) {
    return ((List<?>) em.createNativeQuery(sql).getResultList())
        .stream().map(r -> (Object[]) r).toList();
  }

  /** Ids written into the SQL: they are numbers, so nothing can be injected. */
  static String ids(Collection<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  private static List<Long> longs(List<?> values) {
    return values.stream().map(DiscussionMarks::number).toList();
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }
}
