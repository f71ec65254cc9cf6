package no.boforum.matching.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import no.boforum.platform.Conflict;

/**
 * The thread between a posting's organisation (the owner) and one other organisation (the writer),
 * about that posting: one per pair. It knows which side has shared its contact details, by whom,
 * and whether a party flagged it for the moderators.
 */
@Entity
@Table(name = "matching_conversation")
public class Conversation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "posting_id", nullable = false)
  private long postingId;

  /** The organisation that got in touch. */
  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_message_at", nullable = false)
  private LocalDateTime lastMessageAt;

  @Column(name = "owner_shared_by")
  private Long ownerSharedBy;

  @Column(name = "owner_shared_at")
  private LocalDateTime ownerSharedAt;

  @Column(name = "writer_shared_by")
  private Long writerSharedBy;

  @Column(name = "writer_shared_at")
  private LocalDateTime writerSharedAt;

  @Column(name = "flagged_by")
  private Long flaggedBy;

  @Column(name = "flagged_at")
  private LocalDateTime flaggedAt;

  @Column(name = "flag_reason")
  private String flagReason;

  @Version private long version;

  protected Conversation() {}

  Conversation(long postingId, long organisationId, LocalDateTime now) {
    this.postingId = postingId;
    this.organisationId = organisationId;
    this.createdAt = now;
    this.lastMessageAt = now;
  }

  void written(LocalDateTime now) {
    lastMessageAt = now;
  }

  /** A side shares its contact details once; sharing again is refused. */
  void share(boolean ownerSide, long userId, LocalDateTime now) {
    if (ownerSide ? ownerSharedAt != null : writerSharedAt != null) {
      throw new Conflict("matching.conversation.sharedAlready");
    }
    if (ownerSide) {
      ownerSharedBy = userId;
      ownerSharedAt = now;
    } else {
      writerSharedBy = userId;
      writerSharedAt = now;
    }
  }

  /** Opens the conversation to the moderators; it stays flagged. */
  void flag(long userId, String reason, LocalDateTime now) {
    if (flaggedAt != null) {
      throw new Conflict("matching.conversation.flaggedAlready");
    }
    flaggedBy = userId;
    flaggedAt = now;
    flagReason = reason;
  }

  public Long getId() {
    return id;
  }

  public long getPostingId() {
    return postingId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastMessageAt() {
    return lastMessageAt;
  }

  public boolean isShared(boolean ownerSide) {
    return (ownerSide ? ownerSharedAt : writerSharedAt) != null;
  }

  /** Who shared a side's details; null when not shared, or when that account is deleted. */
  public Long sharedBy(boolean ownerSide) {
    return ownerSide ? ownerSharedBy : writerSharedBy;
  }

  public boolean isFlagged() {
    return flaggedAt != null;
  }

  public LocalDateTime getFlaggedAt() {
    return flaggedAt;
  }

  public String getFlagReason() {
    return flagReason;
  }

  public Long getFlaggedBy() {
    return flaggedBy;
  }
}
