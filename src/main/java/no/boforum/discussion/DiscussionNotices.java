package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;

/**
 * What discussions tell people, through notifications: a published post reaches those it mentions,
 * the thread's asker (a reply) and its followers (activity), once per post and person, never those
 * who muted the thread; an accepted answer its author; a moderator's decision the post's author.
 */
@ApplicationScoped
public class DiscussionNotices implements NotificationKinds {
  static final NotificationKind REPLY =
      new NotificationKind("discussion.reply", Delivery.IMMEDIATE);
  static final NotificationKind MENTION =
      new NotificationKind("discussion.mention", Delivery.IMMEDIATE);
  static final NotificationKind ACTIVITY =
      new NotificationKind("discussion.activity", Delivery.DAILY);
  static final NotificationKind ACCEPTED =
      new NotificationKind("discussion.accepted", Delivery.IMMEDIATE);
  static final NotificationKind MODERATION =
      new NotificationKind("discussion.moderation", Delivery.IMMEDIATE, true);

  @Inject Notifications notifications;
  @Inject Mentions mentions;
  @Inject DiscussionMarks marks;
  @Inject DiscussionRepository repository;

  @Override
  public List<NotificationKind> kinds() {
    return List.of(REPLY, MENTION, ACTIVITY, ACCEPTED, MODERATION);
  }

  @Override
  public int order() {
    return 30;
  }

  /**
   * A post is (or may have become) visible to all: a post still waiting, hidden, deleted or in a
   * hidden thread tells nobody yet. The asker and the followers hear of a post once, when it is
   * first shown (an edit or a moderator's later decision tells them nothing again, nor those who
   * followed since); whom an edit newly mentions hears of the mention.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void posted(DiscussionThread thread, Post post) {
    if (thread.isHidden() || !post.isVisible() || post.isDeleted()) {
      return;
    }
    Set<Long> mentioned = mentions.announce(thread, post);
    Notice.Subject subject = about(thread, "#post-" + post.getId());
    String once = "post:" + post.getId();
    notifications.send(Notice.of(MENTION, subject).by(post.getAuthorId()).once(once), mentioned);
    if (!post.announce(LocalDateTime.now(ZoneOffset.UTC))) {
      return;
    }
    // Whoever this post mentions (now or before an edit) heard of it as a mention, not as activity.
    Set<Long> told = mentions.mentionedIn(post.getId());
    told.add(post.getAuthorId());
    if (repository.question(thread.getId()).getId().equals(post.getId())) {
      return;
    }
    Set<Long> followers = new HashSet<>(marks.followers(thread.getId()));
    followers.removeAll(told);
    Long asker = thread.getAuthorId();
    if (followers.remove(asker)) {
      notifications.send(
          Notice.of(REPLY, subject).by(post.getAuthorId()).once(once), List.of(asker));
    }
    notifications.send(Notice.of(ACTIVITY, subject).by(post.getAuthorId()).once(once), followers);
  }

  /** The asker (or a moderator) accepted a reply as the answer: its author hears of it once. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void accepted(DiscussionThread thread, Post post, long by) {
    // Moderators act unnamed: an answer they accept is told as theirs, not by name.
    boolean asker = thread.getAuthorId().equals(by);
    notifications.send(
        Notice.of(ACCEPTED, about(thread, "#post-" + post.getId()))
            .by(asker ? by : null)
            .variant(asker ? null : "moderator")
            .once("accepted:" + post.getId()),
        List.of(post.getAuthorId()));
  }

  /**
   * A moderator's decision, or flags that hid the post ({@code action} null): the author hears it
   * with the moderator's note and a suspension's end. A thread others may not read (hidden,
   * waiting, removed) is named to anyone but its asker by neither its title nor its address.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void moderated(
      long authorId, ModeratorAction action, DiscussionThread thread, String note, String until) {
    boolean withheld = thread.isHidden() && !thread.getAuthorId().equals(authorId);
    Notice.Subject subject =
        withheld
            ? new Notice.Subject("thread", String.valueOf(thread.getId()), "", "discussions")
            : about(thread, "");
    notifications.send(
        Notice.of(MODERATION, subject)
            .variant(action == null ? "FLAGGED" : action.name())
            .argument(until)
            .detail(note == null || note.isBlank() ? null : note),
        List.of(authorId));
  }

  /** The thread as its notifications name it: compared after a change ({@link #subjectChanged}). */
  public record Seen(String title, String path, boolean hidden) {
    public static Seen of(DiscussionThread thread) {
      return new Seen(thread.getTitle(), DiscussionViews.path(thread), thread.isHidden());
    }
  }

  /**
   * The thread's title, address or visibility may have changed (a moderator's decision on its
   * question, an edit of it, flags that hid it): if they did since {@code before}, its
   * notifications follow, those already read and mailed too, so the bell never names a thread that
   * others may not see. Nothing changed, nothing is written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void subjectChanged(DiscussionThread thread, Seen before) {
    if (Seen.of(thread).equals(before)) {
      return;
    }
    String key = String.valueOf(thread.getId());
    String path = DiscussionViews.path(thread);
    if (thread.isHidden()) {
      notifications.withhold("thread", key, "discussions", thread.getAuthorId());
      notifications.retitle("thread", key, thread.getTitle(), path, thread.getAuthorId());
    } else {
      notifications.retitle("thread", key, thread.getTitle(), path, null);
    }
  }

  private static Notice.Subject about(DiscussionThread thread, String anchor) {
    return new Notice.Subject(
        "thread",
        String.valueOf(thread.getId()),
        thread.getTitle(),
        DiscussionViews.path(thread) + anchor);
  }
}
