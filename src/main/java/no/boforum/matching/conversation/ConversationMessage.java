package no.boforum.matching.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A line of a conversation: what one side wrote, or what it did (shared its contact details,
 * flagged the conversation). Written for an organisation; the author is null once their account is
 * deleted.
 */
@Entity
@Table(name = "matching_message")
public class ConversationMessage {
  /** What the line is. */
  public enum Kind {
    TEXT,
    SHARED,
    FLAGGED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false)
  private long conversationId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "author_id")
  private Long authorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  private String body;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ConversationMessage() {}

  ConversationMessage(
      long conversationId,
      long organisationId,
      long authorId,
      Kind kind,
      String body,
      LocalDateTime now) {
    this.conversationId = conversationId;
    this.organisationId = organisationId;
    this.authorId = authorId;
    this.kind = kind;
    this.body = body;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getConversationId() {
    return conversationId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
