package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.discussion.DiscussionMarks.Level;
import no.boforum.identity.Caller;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Slugs;

/**
 * The writes of discussions: start a thread, reply (perhaps quoting), edit and delete one's own
 * posts, mark posts helpful, accept answers, follow or mute. Each asks {@link DiscussionAccess}
 * first and announces the thread's change for search in its transaction.
 */
@ApplicationScoped
@Transactional
public class Discussions {
  @Inject DiscussionRepository repository;
  @Inject DiscussionMarks marks;
  @Inject DiscussionValidator validator;
  @Inject DiscussionAccess access;
  @Inject DiscussionChanges changes;
  @Inject Subjects subjects;
  @Inject PostingGuard guard;
  @Inject DiscussionNotices notices;
  Clock clock = Clock.systemUTC();

  /** Starts a thread with its first post; the asker follows it. Answers the thread. */
  public DiscussionThread start(ThreadData data) {
    Caller caller = access.requireParticipate();
    ThreadData valid = validator.validate(data);
    LocalDateTime now = LocalDateTime.now(clock);
    boolean waits = guard.check(caller, valid.body(), now);
    DiscussionThread thread =
        new DiscussionThread(
            valid,
            Slugs.of(valid.title()),
            subjects.practiceId(valid.practice()),
            subjects.eventId(valid.event()),
            caller.userId(),
            now);
    repository.persist(thread);
    repository.flush();
    Post question = new Post(thread.getId(), caller.userId(), valid.body(), null, now);
    if (waits) {
      question.awaitApproval(now);
      thread.setHidden(true);
    }
    repository.persist(question);
    repository.flush();
    marks.setLevel(thread.getId(), caller.userId(), Level.FOLLOWING);
    marks.markRead(thread.getId(), caller.userId(), question.getId());
    changes.announce(thread.getId());
    notices.posted(thread, question);
    return thread;
  }

  /** Replies to a thread, perhaps quoting one of its posts; a poster follows unless muted. */
  public Post reply(long threadId, String body, Long quotedPostId) {
    Caller caller = access.requireParticipate();
    DiscussionThread thread =
        repository.lockThread(threadId).orElseThrow(() -> unknown("thread " + threadId));
    if (thread.isShut()) {
      throw new Conflict("discussion.threadShut");
    }
    if (!access.mayRead(repository.question(threadId))) {
      throw unknown("thread " + threadId);
    }
    String text = validator.body(body);
    if (quotedPostId != null
        && repository.post(quotedPostId).filter(p -> p.getThreadId() == threadId).isEmpty()) {
      throw new InputProblem("quote", "discussion.quoteUnknown");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    boolean waits = guard.check(caller, text, now);
    Post post = new Post(threadId, caller.userId(), text, quotedPostId, now);
    if (waits) {
      post.awaitApproval(now);
    }
    repository.persist(post);
    repository.flush();
    if (!waits) {
      thread.replied(now);
    }
    if (marks.level(threadId, caller.userId()).isEmpty()) {
      marks.setLevel(threadId, caller.userId(), Level.FOLLOWING);
    }
    marks.markRead(threadId, caller.userId(), post.getId());
    changes.announce(threadId);
    notices.posted(thread, post);
    return post;
  }

  /**
   * Changes one's own post, if nobody changed it since {@code version}; the text it replaces is
   * kept unless the edit is within {@link Post#GRACE} of posting. Answers the new version.
   */
  public long edit(long postId, String body, long version) {
    Post post = repository.lockPost(postId).orElseThrow(() -> unknown("post " + postId));
    Caller caller = access.requireChange(post);
    DiscussionThread thread = repository.lockThread(post.getThreadId()).orElseThrow();
    DiscussionNotices.Seen seen = DiscussionNotices.Seen.of(thread);
    if (post.isDeleted()) {
      throw new Conflict("discussion.postDeleted");
    }
    if (post.getVersion() != version) {
      throw new Conflict("discussion.changedMeanwhile");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String text = validator.body(body);
    boolean waits = guard.editWaits(caller, now);
    boolean changed = !text.equals(post.getBody());
    post.edit(text, now).ifPresent(repository::persist);
    if (changed && post.isVisible() && waits) {
      // Still pre-moderated: the changed text is approved again before others read it.
      post.awaitApproval(now);
    } else if (changed && (post.isHistoryWithheld() || post.getState() == PostState.HIDDEN)) {
      // A moderator changed or hid this post before: they see what its author makes of it (a
      // hidden post's author may have taken out what hid it).
      post.queue(now);
    }
    repository.flush();
    repository.refresh(thread);
    changes.announce(post.getThreadId());
    notices.subjectChanged(thread, seen);
    notices.posted(thread, post);
    return post.getVersion();
  }

  /**
   * Deletes one's own post: it stays in its place as "deleted by the author", no longer an answer.
   */
  public void delete(long postId) {
    // The post's lock, then its thread's, as accepting, flags and moderators take them: an answer
    // is never accepted as it goes, and two changes wait for each other instead of deadlocking.
    Post post = repository.lockPost(postId).orElseThrow(() -> unknown("post " + postId));
    access.requireChange(post);
    DiscussionThread thread = repository.lockThread(post.getThreadId()).orElseThrow();
    if (post.isDeleted()) {
      return;
    }
    post.deleteByAuthor(LocalDateTime.now(clock));
    marks.unaccept(thread.getId(), postId);
    repository.flush();
    repository.refresh(thread);
    changes.announce(thread.getId());
  }

  /** Marks another's post helpful, once per person; answers how many marked it. */
  public long markHelpful(long postId, boolean helpful) {
    Caller caller = access.requireParticipate();
    Post post = post(postId);
    if (post.isDeleted()) {
      throw new Conflict("discussion.postDeleted");
    }
    if (post.getAuthorId().equals(caller.userId())) {
      throw new Conflict("discussion.helpfulOwn");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (helpful) {
      marks.markHelpful(postId, caller.userId(), now);
    } else {
      marks.unmarkHelpful(postId, caller.userId());
    }
    return marks.helpfulCounts(List.of(postId)).getOrDefault(postId, 0L);
  }

  /** The asker or a moderator marks a reply as answering the question, or takes it back. */
  public void accept(long postId, boolean accepted) {
    // The post's lock, then its thread's, as deleting takes them: the post as it is now.
    Post post = repository.lockPost(postId).orElseThrow(() -> unknown("post " + postId));
    DiscussionThread thread = repository.lockThread(post.getThreadId()).orElseThrow();
    Caller caller = access.requireAccept(thread);
    if (thread.getKind() != ThreadKind.QUESTION) {
      throw new Conflict("discussion.notAQuestion");
    }
    if (accepted) {
      if (post.isDeleted()) {
        throw new Conflict("discussion.postDeleted");
      }
      if (!post.isVisible()) {
        throw new Conflict("discussion.acceptHidden");
      }
      if (isQuestion(thread, postId)) {
        throw new Conflict("discussion.acceptQuestion");
      }
      if (marks.accept(thread.getId(), postId, caller.userId(), LocalDateTime.now(clock))) {
        notices.accepted(thread, post, caller.userId());
      }
    } else {
      marks.unaccept(thread.getId(), postId);
    }
    repository.refresh(thread);
    changes.announce(thread.getId());
  }

  /** Follows or mutes a thread; null for neither. */
  public void follow(long threadId, Level level) {
    // A suspended person may still mute a thread or stop following it (fewer mails, not more).
    Caller caller =
        level == Level.FOLLOWING ? access.requireParticipate() : access.requireLoggedIn();
    repository.thread(threadId).orElseThrow(() -> unknown("thread " + threadId));
    marks.setLevel(threadId, caller.userId(), level);
  }

  /** The logged-in reader has seen the thread up to this post; nothing for a visitor. */
  public void markRead(long threadId, long postId) {
    if (access.mayParticipate()) {
      marks.markRead(threadId, access.requireParticipate().userId(), postId);
    }
  }

  /** True if the post is the thread's first: the question (or the opening of a discussion). */
  private boolean isQuestion(DiscussionThread thread, long postId) {
    return repository.posts(thread.getId(), 0, 1).get(0).getId().equals(postId);
  }

  private Post post(long postId) {
    return repository.post(postId).orElseThrow(() -> unknown("post " + postId));
  }

  private static UnknownThreadException unknown(String what) {
    return new UnknownThreadException(what);
  }
}
