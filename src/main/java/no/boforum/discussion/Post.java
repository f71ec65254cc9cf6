package no.boforum.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A post in a thread, in Markdown. An edit keeps the text it replaces as a {@link PostRevision}
 * unless it comes within {@link #GRACE} of posting; a post its author deleted stays as a row (so
 * replies and quotes keep their place) but shows no text.
 */
@Entity
@Table(name = "discussion_post")
public class Post {
  /** Edits this soon after posting make no revision (typos found at once). */
  public static final Duration GRACE = Duration.ofMinutes(5);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "thread_id", nullable = false)
  private Long threadId;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(nullable = false)
  private String body;

  @Column(name = "quoted_post_id")
  private Long quotedPostId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "edited_at")
  private LocalDateTime editedAt;

  @Column(name = "deleted_at")
  private LocalDateTime deletedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostState state = PostState.VISIBLE;

  @Column(name = "queued_at")
  private LocalDateTime queuedAt;

  @Column(name = "history_withheld", nullable = false)
  private boolean historyWithheld;

  /** When the asker and the followers were told of it (null: not yet; never twice). */
  @Column(name = "announced_at")
  private LocalDateTime announcedAt;

  @Version private long version;

  protected Post() {}

  Post(long threadId, long authorId, String body, Long quotedPostId, LocalDateTime now) {
    this.threadId = threadId;
    this.authorId = authorId;
    this.body = body;
    this.quotedPostId = quotedPostId;
    this.createdAt = now;
  }

  /** The post waits for a moderator's approval before others see it (pre-moderation). */
  void awaitApproval(LocalDateTime now) {
    state = PostState.PENDING;
    queuedAt = now;
  }

  /** Flags put the post in the moderators' queue (if it is not there yet). */
  void queue(LocalDateTime now) {
    if (queuedAt == null) {
      queuedAt = now;
    }
  }

  /** Hidden until a moderator decides ({@code queued}), or by a moderator's decision. */
  void hide(LocalDateTime now, boolean queued) {
    state = PostState.HIDDEN;
    queuedAt = queued ? (queuedAt == null ? now : queuedAt) : null;
  }

  /** A moderator kept or approved the post: everyone sees it, and it leaves the queue. */
  void show() {
    state = PostState.VISIBLE;
    queuedAt = null;
  }

  /** A moderator removed the post (or refused it): it stays as a row, without its text shown. */
  void remove(LocalDateTime now) {
    state = PostState.REMOVED;
    queuedAt = null;
    if (deletedAt == null) {
      deletedAt = now;
    }
  }

  /**
   * A moderator changed the text: kept in the history whatever the time, a history that from now on
   * only the author and moderators read (the text taken out may be personal information).
   */
  PostRevision editByModerator(String newBody, LocalDateTime now) {
    historyWithheld = true;
    PostRevision before = new PostRevision(id, body, editedAt == null ? createdAt : editedAt);
    body = newBody;
    editedAt = now;
    return before;
  }

  public PostState getState() {
    return state;
  }

  /** True when everyone may read it (it may still be deleted by its author). */
  public boolean isVisible() {
    return state == PostState.VISIBLE;
  }

  public boolean isHistoryWithheld() {
    return historyWithheld;
  }

  public LocalDateTime getQueuedAt() {
    return queuedAt;
  }

  /**
   * Changes the text; answers the text it replaces when the edit is to be kept in the history, or
   * nothing when the edit comes within the grace time or changes nothing.
   */
  Optional<PostRevision> edit(String newBody, LocalDateTime now) {
    if (newBody.equals(body)) {
      return Optional.empty();
    }
    PostRevision before = new PostRevision(id, body, editedAt == null ? createdAt : editedAt);
    body = newBody;
    editedAt = now;
    return now.isAfter(createdAt.plus(GRACE)) ? Optional.of(before) : Optional.empty();
  }

  /** A changed seed file: the text it gives now, with no revision (the file's history is git's). */
  void reseed(String newBody) {
    body = newBody;
  }

  void deleteByAuthor(LocalDateTime now) {
    deletedAt = now;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getThreadId() {
    return threadId;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public String getBody() {
    return body;
  }

  public Long getQuotedPostId() {
    return quotedPostId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getEditedAt() {
    return editedAt;
  }

  public LocalDateTime getDeletedAt() {
    return deletedAt;
  }

  public long getVersion() {
    return version;
  }

  /**
   * Marks the post as told to the asker and the followers; answers whether this is the first time
   * (a post shown again after an edit or a moderator's decision is not told again).
   */
  public boolean announce(LocalDateTime now) {
    if (announcedAt != null) {
      return false;
    }
    announcedAt = now;
    return true;
  }
}
