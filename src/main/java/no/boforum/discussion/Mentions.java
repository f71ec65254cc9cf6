package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.discussion.DiscussionMarks.Level;
import no.boforum.identity.ProfileService;
import no.boforum.platform.text.Slugs;

/**
 * Mentions ({@code @handle}) in posts (decision 0018): only the thread's participants, people with
 * a visible post in it, may be mentioned, by the slug of their display name; a handle two of them
 * share names nobody. A person mentioned in a visible post of a visible thread is told once for
 * that post (a row per post and person), unless they muted the thread ({@link DiscussionNotices}).
 */
@ApplicationScoped
public class Mentions {
  /** A person who may be mentioned in a thread. */
  public record Person(long userId, String name) {}

  @PersistenceContext EntityManager em;
  @Inject ProfileService profiles;
  @Inject DiscussionMarks marks;
  @Inject no.boforum.platform.text.MarkdownRenderer markdown;

  /** The handle of a display name; empty for a deleted account's (blank) name. */
  public static String handle(String name) {
    return name == null || name.isBlank() ? "" : Slugs.of(name);
  }

  /** The participants of a thread by handle (lower case). */
  public Map<String, Person> mentionable(long threadId) {
    List<Long> ids =
        em
            .createNativeQuery(
                "SELECT DISTINCT author_id FROM discussion_post"
                    + " WHERE thread_id = ? AND state = 'VISIBLE' AND deleted_at IS NULL")
            .setParameter(1, threadId)
            .getResultList()
            .stream()
            .map(o -> ((Number) o).longValue())
            .toList();
    Map<String, Person> byHandle = new HashMap<>();
    Set<String> shared = new HashSet<>();
    profiles
        .displayNames(ids)
        .forEach(
            (id, name) -> {
              String handle = handle(name);
              if (!handle.isEmpty() && byHandle.put(handle, new Person(id, name)) != null) {
                shared.add(handle);
              }
            });
    byHandle.keySet().removeAll(shared);
    return byHandle;
  }

  /** Handle to name, as a page renders the thread's mentions. */
  public Map<String, String> names(long threadId) {
    Map<String, String> names = new HashMap<>();
    mentionable(threadId).forEach((handle, p) -> names.put(handle, p.name()));
    return names;
  }

  /**
   * The people a visible post mentions for the first time and who did not mute the thread: each is
   * recorded (a row per post and person), so that an edit never tells anyone twice.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<Long> announce(DiscussionThread thread, Post post) {
    Set<String> handles = markdown.mentions(post.getBody());
    if (handles.isEmpty()) {
      return Set.of();
    }
    em.flush();
    Map<String, Person> people = mentionable(thread.getId());
    Set<Long> mentioned = new HashSet<>();
    handles.stream()
        .map(people::get)
        .filter(p -> p != null && p.userId() != post.getAuthorId())
        .filter(p -> recordFirst(post.getId(), p.userId()))
        .filter(p -> marks.level(thread.getId(), p.userId()).orElse(null) != Level.MUTED)
        .forEach(p -> mentioned.add(p.userId()));
    return mentioned;
  }

  /** Everyone told of this post as mentioned in it (or who would have been, had they not muted). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<Long> mentionedIn(long postId) {
    Set<Long> people = new HashSet<>();
    em.createNativeQuery("SELECT user_id FROM discussion_mention WHERE post_id = ?")
        .setParameter(1, postId)
        .getResultList()
        .forEach(o -> people.add(((Number) o).longValue()));
    return people;
  }

  /** Records that the post mentions the person; true if it had not before. */
  private boolean recordFirst(long postId, long userId) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO discussion_mention (post_id, user_id, created_at)"
                    + " VALUES (?, ?, ?)")
            .setParameter(1, postId)
            .setParameter(2, userId)
            .setParameter(3, LocalDateTime.now(Clock.systemUTC()))
            .executeUpdate()
        == 1;
  }
}
