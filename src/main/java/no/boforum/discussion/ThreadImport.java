package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.ExampleAccounts;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Slugs;

/**
 * Seed threads from content files, written by invented people of the seed organisations: the
 * question, the replies with their times, and the answers the asker accepted. The files are trusted
 * as the code is (no rate limit, no pre-moderation). An unchanged file writes nothing; a changed
 * one updates the thread's facts and the texts of its seed posts in place, and adds posts it
 * gained.
 */
@ApplicationScoped
public class ThreadImport {
  /** What an import did with one thread. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A post as its file gives it: its invented author, when, the text, and whether accepted. */
  public record SeedPost(String author, LocalDateTime at, String body, boolean accepted) {}

  /** A thread as its file describes it; the first post is the question or opening. */
  public record Seed(
      String slug,
      ThreadKind kind,
      String title,
      String category,
      String practice,
      String event,
      String language,
      boolean illustrative,
      List<SeedPost> posts) {
    public Seed {
      posts = posts == null ? List.of() : List.copyOf(posts);
    }
  }

  @Inject DiscussionRepository repository;
  @Inject DiscussionValidator validator;
  @Inject DiscussionMarks marks;
  @Inject DiscussionChanges changes;
  @Inject Subjects subjects;
  @Inject ExampleAccounts people;
  @PersistenceContext EntityManager em;

  @Transactional
  public Outcome importThread(Seed seed, String sourceHash) {
    Optional<DiscussionThread> existing = repository.threadFromSource(seed.slug());
    if (existing.isPresent() && sourceHash.equals(existing.get().getSourceHash())) {
      return Outcome.UNCHANGED;
    }
    if (seed.posts().isEmpty()) {
      throw new InputProblem("posts", "discussion.bodyLength", DiscussionValidator.BODY_MAX);
    }
    SeedPost first = seed.posts().get(0);
    ThreadData valid =
        validator.validate(
            new ThreadData(
                seed.kind(),
                seed.title(),
                seed.category(),
                seed.practice(),
                seed.event(),
                first.body()));
    List<Long> authors = new ArrayList<>();
    for (int i = 0; i < seed.posts().size(); i++) {
      SeedPost p = seed.posts().get(i);
      validator.body(p.body());
      if (p.at() == null || (i > 0 && p.at().isBefore(seed.posts().get(i - 1).at()))) {
        throw new InputProblem("posts", "discussion.seedTimes");
      }
      if (p.accepted() && (i == 0 || seed.kind() != ThreadKind.QUESTION)) {
        throw new InputProblem("posts", "discussion.acceptQuestion");
      }
      authors.add(people.named(p.author(), seed.language()));
    }
    Long practiceId = subjects.practiceId(valid.practice());
    Long eventId = subjects.eventId(valid.event());
    DiscussionThread thread =
        existing.orElseGet(
            () ->
                new DiscussionThread(
                    valid,
                    Slugs.of(valid.title()),
                    practiceId,
                    eventId,
                    authors.get(0),
                    first.at()));
    thread.reseed(valid, practiceId, eventId);
    thread.seeded(seed.slug(), sourceHash, seed.illustrative());
    repository.persist(thread);
    repository.flush();
    writePosts(thread, seed.posts(), authors);
    changes.announce(thread.getId());
    repository.flush();
    return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
  }

  /**
   * The file's posts in order. The thread's seed posts (those by invented people, in order) get
   * their text, unless a moderator changed or hid one or its author deleted it; the rest are added
   * at their times. Posts by real people are never touched, and answers the file no longer accepts
   * are accepted no more.
   */
  private void writePosts(DiscussionThread thread, List<SeedPost> posts, List<Long> authors) {
    List<Post> present = repository.postsById(illustrativePostIds(thread.getId()));
    java.util.Set<Long> accepted = new java.util.HashSet<>();
    for (int i = 0; i < posts.size(); i++) {
      SeedPost s = posts.get(i);
      Post post;
      if (i < present.size()) {
        post = present.get(i);
        if (post.isVisible() && !post.isDeleted() && !post.isHistoryWithheld()) {
          post.reseed(s.body().strip());
        }
      } else {
        post = new Post(thread.getId(), authors.get(i), s.body().strip(), null, s.at());
        post.announce(s.at()); // seed content tells nobody, now or on a later decision
        repository.persist(post);
        repository.flush();
        thread.activeAt(s.at());
      }
      if (s.accepted()) {
        marks.accept(thread.getId(), post.getId(), authors.get(0), s.at());
        accepted.add(post.getId());
      }
    }
    for (Post p : present) {
      if (!accepted.contains(p.getId())) {
        marks.unaccept(thread.getId(), p.getId());
      }
    }
    repository.flush();
    repository.refresh(thread);
  }

  /** The thread's posts by invented people (seed posts), in order. */
  List<Long> illustrativePostIds(long threadId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT p.id FROM discussion_post p JOIN app_user u ON u.id = p.author_id"
                    + " WHERE p.thread_id = ? AND u.illustrative = TRUE ORDER BY p.id")
            .setParameter(1, threadId)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }
}
