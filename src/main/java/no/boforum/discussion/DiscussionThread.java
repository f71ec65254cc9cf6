package no.boforum.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A thread: its title, kind and category, what it is about (a practice or an event, by id), and its
 * state. Its posts are rows of their own ({@link Post}); the first one is the question.
 */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String slug;

  @Column(name = "category_code", nullable = false)
  private String category;

  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private LocalDateTime lastActivityAt;

  @Column(name = "reply_count", nullable = false)
  private int replyCount;

  private boolean locked;
  private boolean pinned;
  private boolean closed;
  private boolean solved;

  /** The question is not visible: the thread is left out of lists and search. */
  private boolean hidden;

  /** The seed file's slug, for a thread imported from {@code content/discussions/}. */
  @Column(name = "source_slug")
  private String sourceSlug;

  @Column(name = "source_hash")
  private String sourceHash;

  /** An invented example (a seed thread), shown as one. */
  private boolean illustrative;

  /** The last change of the thread itself (UTC), for harvesters' {@code changedSince}. */
  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected DiscussionThread() {}

  DiscussionThread(
      ThreadData data, String slug, Long practiceId, Long eventId, long author, LocalDateTime now) {
    this.kind = data.kind();
    this.title = data.title();
    this.slug = slug;
    this.category = data.category();
    this.practiceId = practiceId;
    this.eventId = eventId;
    this.authorId = author;
    this.createdAt = now;
    this.lastActivityAt = now;
  }

  /** Every write of the thread, whichever use case made it, is a change a harvester should see. */
  @PrePersist
  @PreUpdate
  void stampChange() {
    updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /** Imported from a seed file: found again by its slug, imported again when its hash changes. */
  void seeded(String sourceSlug, String sourceHash, boolean illustrative) {
    this.sourceSlug = sourceSlug;
    this.sourceHash = sourceHash;
    this.illustrative = illustrative;
  }

  /** A changed seed file: its title, kind, category and subject as it says now. */
  void reseed(ThreadData data, Long practiceId, Long eventId) {
    this.kind = data.kind();
    if (!data.title().equals(title)) {
      this.slug = no.boforum.platform.text.Slugs.of(data.title());
    }
    this.title = data.title();
    this.category = data.category();
    this.practiceId = practiceId;
    this.eventId = eventId;
  }

  /** A post of this time was added (seed posts come with their own times, perhaps older). */
  void activeAt(LocalDateTime at) {
    if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
  }

  /** A reply was posted. */
  void replied(LocalDateTime at) {
    replyCount++;
    lastActivityAt = at;
  }

  /** A moderator changed the title (it may have named someone): the address follows. */
  void retitle(String title, String slug) {
    this.title = title;
    this.slug = slug;
  }

  /** True if no reply is welcome: closed or locked by a moderator. */
  boolean isShut() {
    return closed || locked;
  }

  /** How many replies others see, counted again after a post was hidden, shown or removed. */
  void setReplyCount(int replyCount) {
    this.replyCount = replyCount;
  }

  void setHidden(boolean hidden) {
    this.hidden = hidden;
  }

  void setLocked(boolean locked) {
    this.locked = locked;
  }

  void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  void setClosed(boolean closed) {
    this.closed = closed;
  }

  void moveTo(String category) {
    this.category = category;
  }

  public String getSourceHash() {
    return sourceHash;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public boolean isHidden() {
    return hidden;
  }

  void setSolved(boolean solved) {
    this.solved = solved;
  }

  public Long getId() {
    return id;
  }

  public ThreadKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getSlug() {
    return slug;
  }

  public String getCategory() {
    return category;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public Long getEventId() {
    return eventId;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastActivityAt() {
    return lastActivityAt;
  }

  public int getReplyCount() {
    return replyCount;
  }

  public boolean isLocked() {
    return locked;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isClosed() {
    return closed;
  }

  public boolean isSolved() {
    return solved;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
