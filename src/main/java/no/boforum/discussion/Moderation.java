package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import no.boforum.identity.AuditEvent;
import no.boforum.identity.AuditLog;
import no.boforum.identity.Caller;
import no.boforum.identity.Suspensions;
import no.boforum.identity.Suspensions.Suspension;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Slugs;

/**
 * Moderation of discussions: people flag posts (a personal-information flag or a moderator's hides
 * at once, other flags by their weight past the threshold); moderators decide on the posts in the
 * queue and on their authors, and lock, pin, close and move threads. Every decision is in the audit
 * log, the author is mailed the outcome, and search hears of every change.
 */
@ApplicationScoped
@Transactional
public class Moderation {
  static final int NOTE_MAX = 1000;

  /** What moderators change about a thread; null leaves a property as it is. */
  public record ThreadChange(Boolean locked, Boolean pinned, Boolean closed, String category) {}

  @Inject DiscussionRepository repository;
  @Inject DiscussionNotices notices;
  @Inject DiscussionFlags flags;
  @Inject DiscussionMarks marks;
  @Inject DiscussionAccess access;
  @Inject DiscussionChanges changes;
  @Inject DiscussionValidator validator;
  @Inject ModerationSettings settings;
  @Inject AuditLog audit;
  @Inject Suspensions suspensions;
  Clock clock = Clock.systemUTC();

  /** Flags another's post, once per person; answers whether the post is now hidden. */
  public boolean flag(long postId, FlagReason reason, String note) {
    Caller caller = access.requireParticipate();
    if (reason == null) {
      throw new InputProblem("reason", "discussion.flag.reasonRequired");
    }
    String text = note(note);
    // The post's lock, then its thread's (the order every change of both takes): two flags, or a
    // flag and a reply, at once wait for each other instead of losing a hide to a version clash.
    Post post = repository.lockPost(postId).orElseThrow(() -> unknown("post " + postId));
    DiscussionThread thread = repository.lockThread(post.getThreadId()).orElseThrow();
    DiscussionNotices.Seen seen = DiscussionNotices.Seen.of(thread);
    if (!access.mayRead(repository.question(thread.getId()))) {
      throw unknown("post " + postId);
    }
    if (post.getAuthorId().equals(caller.userId())) {
      throw new Conflict("discussion.flag.own");
    }
    if (post.isDeleted()) {
      throw new Conflict("discussion.postDeleted");
    }
    if (post.getState() == PostState.PENDING) {
      throw new Conflict("discussion.flag.waiting");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Standing standing = Standing.of(caller, now);
    int weight = Math.min(standing.flagWeight(), settings.hideWeight());
    if (!flags.flag(postId, caller.userId(), reason, text, weight, now)) {
      throw new Conflict("discussion.flag.already");
    }
    post.queue(now);
    boolean hides =
        reason == FlagReason.PERSONAL_INFORMATION
            || standing == Standing.MODERATOR
            || flags.weight(postId) >= settings.hideWeight();
    if (hides && post.isVisible()) {
      post.hide(now, true);
      repository.refresh(thread);
      audit.record(
          AuditEvent.Type.POST_FLAG_HIDDEN,
          caller.userId(),
          post.getAuthorId(),
          null,
          null,
          describe(post) + "; " + reason);
      changes.announce(thread.getId());
      notices.subjectChanged(thread, seen);
      notices.moderated(post.getAuthorId(), null, thread, null, null);
    }
    return post.getState() == PostState.HIDDEN;
  }

  /**
   * A moderator's decision on a post, or on its author ({@link ModeratorAction#WARN}, {@link
   * ModeratorAction#SUSPEND}); {@code body} is the new text for {@link ModeratorAction#EDIT}, and
   * {@code title}, if given for a thread's first post, its new title.
   */
  public void decide(
      long postId, ModeratorAction action, String note, String body, String title, String address) {
    Caller moderator = access.requireModerate();
    if (action == null) {
      throw new InputProblem("action", "moderation.actionRequired");
    }
    String text = note(note);
    Post post = repository.lockPost(postId).orElseThrow(() -> unknown("post " + postId));
    DiscussionThread thread = repository.lockThread(post.getThreadId()).orElseThrow();
    DiscussionNotices.Seen seen = DiscussionNotices.Seen.of(thread);
    LocalDateTime now = LocalDateTime.now(clock);
    String until = null;
    switch (action) {
      case KEEP, APPROVE -> {
        requireNotRemoved(post);
        if (action == ModeratorAction.APPROVE && post.getState() != PostState.PENDING) {
          throw new Conflict("moderation.notWaiting");
        }
        post.show();
      }
      case HIDE -> {
        requireNotRemoved(post);
        post.hide(now, false);
      }
      case EDIT -> {
        requireNotRemoved(post);
        if (text == null) {
          throw new InputProblem("note", "moderation.noteRequired");
        }
        String newBody = validator.body(body);
        String newTitle = title == null || title.isBlank() ? null : validator.title(title);
        boolean question = repository.question(thread.getId()).getId().equals(postId);
        if (newTitle != null && !question) {
          throw new InputProblem("title", "moderation.titleOfQuestion");
        }
        repository.persist(post.editByModerator(newBody, now));
        if (newTitle != null && !newTitle.equals(thread.getTitle())) {
          thread.retitle(newTitle, Slugs.of(newTitle));
        }
        post.show();
      }
      case DELETE, REFUSE -> {
        if (action == ModeratorAction.REFUSE && post.getState() != PostState.PENDING) {
          throw new Conflict("moderation.notWaiting");
        }
        post.remove(now);
        marks.unaccept(thread.getId(), postId);
      }
      case WARN -> {
        if (text == null) {
          throw new InputProblem("note", "moderation.noteRequired");
        }
      }
      case SUSPEND -> {
        Suspension s = suspensions.suspend(post.getAuthorId(), describe(post), address);
        until = PostingGuard.until(s.until());
      }
    }
    if (!action.aboutAuthor()) {
      flags.clear(postId, now);
      repository.refresh(thread);
      changes.announce(thread.getId());
      notices.subjectChanged(thread, seen);
      notices.posted(thread, post);
    }
    if (action != ModeratorAction.SUSPEND) {
      audit.record(
          action.audited(),
          moderator.userId(),
          post.getAuthorId(),
          null,
          address,
          describe(post) + (text == null ? "" : "; " + text));
    }
    notices.moderated(post.getAuthorId(), action, thread, text, until);
  }

  /** A moderator locks, pins, closes or moves a thread; each change is audited. */
  public void change(long threadId, ThreadChange change, String address) {
    Caller moderator = access.requireModerate();
    if (change == null) {
      throw new InputProblem("thread", "moderation.nothingToChange");
    }
    DiscussionThread thread =
        repository.lockThread(threadId).orElseThrow(() -> unknown("thread " + threadId));
    StringBuilder detail = new StringBuilder("thread " + threadId);
    if (change.locked() != null && change.locked() != thread.isLocked()) {
      thread.setLocked(change.locked());
      detail.append("; locked=").append(change.locked());
    }
    if (change.pinned() != null && change.pinned() != thread.isPinned()) {
      thread.setPinned(change.pinned());
      detail.append("; pinned=").append(change.pinned());
    }
    if (change.closed() != null && change.closed() != thread.isClosed()) {
      thread.setClosed(change.closed());
      detail.append("; closed=").append(change.closed());
    }
    String category = change.category() == null ? null : change.category().strip();
    if (category != null && !category.isEmpty() && !category.equals(thread.getCategory())) {
      if (repository.category(category).isEmpty()) {
        throw new InputProblem("category", "discussion.categoryRequired");
      }
      detail.append("; category=").append(thread.getCategory()).append("->").append(category);
      thread.moveTo(category);
    }
    if (!detail.toString().equals("thread " + threadId)) {
      audit.record(
          AuditEvent.Type.THREAD_MODERATED,
          moderator.userId(),
          thread.getAuthorId(),
          null,
          address,
          detail.toString());
      changes.announce(threadId);
    }
  }

  private static void requireNotRemoved(Post post) {
    if (post.getState() == PostState.REMOVED || post.isDeleted()) {
      throw new Conflict("discussion.postDeleted");
    }
  }

  private static String note(String note) {
    String text = note == null ? null : note.strip();
    if (text != null && text.length() > NOTE_MAX) {
      throw new InputProblem("note", "moderation.noteLength", NOTE_MAX);
    }
    return text == null || text.isEmpty() ? null : text;
  }

  private static String describe(Post post) {
    return "post " + post.getId() + " in thread " + post.getThreadId();
  }

  private static UnknownThreadException unknown(String what) {
    return new UnknownThreadException(what);
  }
}
