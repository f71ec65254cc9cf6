package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;

/** Reading discussions: lists of threads, one thread, its replies in pages, the categories. */
@ApplicationScoped
@Transactional
public class DiscussionService {
  @Inject DiscussionRepository repository;
  @Inject CurrentCaller current;
  @Inject DiscussionViews views;
  @Inject DiscussionAccess access;

  /** A category as lists and forms show it. */
  public record CategoryView(String code, String label) {}

  public List<ThreadSummary> list(ThreadFilter filter, String category, int offset, int limit) {
    return views.summaries(repository.threads(filter, category, offset, limit));
  }

  public long count(ThreadFilter filter, String category) {
    return repository.countThreads(filter, category);
  }

  /** The visible threads changed after a UTC time (the harvesters' {@code changedSince}). */
  public List<ThreadSummary> list(
      ThreadFilter filter, String category, LocalDateTime changedSince, int offset, int limit) {
    return views.summaries(repository.threads(filter, category, changedSince, offset, limit));
  }

  public long count(ThreadFilter filter, String category, LocalDateTime changedSince) {
    return repository.countThreads(filter, category, changedSince);
  }

  /** When any thread last changed (UTC), for the list's Last-Modified. */
  public Optional<LocalDateTime> lastChange() {
    return repository.lastThreadChange();
  }

  /** The thread, unless its question waits for approval and the reader is not to see it. */
  public Optional<ThreadDetails> find(long id) {
    return repository
        .thread(id)
        .filter(t -> access.mayRead(repository.question(id)))
        .map(views::details);
  }

  /**
   * Replies of a thread (every post after the question) that the reader sees, in the order they
   * were written: posts waiting for approval only for their author and moderators.
   */
  public List<PostView> replies(long threadId, int offset, int limit) {
    DiscussionThread t =
        repository.thread(threadId).orElseThrow(() -> new UnknownThreadException("" + threadId));
    Post question = repository.question(threadId);
    return views.posts(
        t,
        repository.replies(
            threadId,
            question.getId(),
            access.caller().userId(),
            access.mayModerate(),
            offset,
            limit));
  }

  public long countReplies(long threadId) {
    Post question = repository.question(threadId);
    return repository.countReplies(
        threadId, question.getId(), access.caller().userId(), access.mayModerate());
  }

  /** The thread a post belongs to. */
  public Optional<Long> threadOf(long postId) {
    return repository.post(postId).map(Post::getThreadId);
  }

  public List<CategoryView> categories(Locale locale) {
    return repository.categories().stream()
        .map(c -> new CategoryView(c.getCode(), c.label(locale)))
        .toList();
  }

  /**
   * The previous texts of a post, oldest first, for its author and moderators only: a name an
   * author edited out must not stay readable to others. None for a deleted post.
   */
  public List<String> revisions(long postId) {
    Post post =
        repository
            .post(postId)
            .filter(p -> !p.isDeleted())
            .orElseThrow(() -> new UnknownThreadException("post " + postId));
    Caller caller = current.get();
    if (!caller.isAuthenticated()) {
      throw new AccessDeniedException(Decision.NOT_AUTHENTICATED, DiscussionAction.CHANGE_POST);
    }
    if (!post.getAuthorId().equals(caller.userId()) && !Area.MODERATION.admits(caller)) {
      throw new AccessDeniedException(Decision.FORBIDDEN, DiscussionAction.CHANGE_POST);
    }
    return repository.revisions(postId).stream().map(PostRevision::getBody).toList();
  }
}
