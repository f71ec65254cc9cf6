package no.boforum.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One pending change of one document in the search index. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {
  /**
   * What changed. The indexer always sends the document's current state (or deletes it when it is
   * gone), so the operation is a record for operators, not an instruction.
   */
  public enum Operation {
    UPSERT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_type", nullable = false)
  private String documentType;

  @Column(name = "document_key", nullable = false)
  private String documentKey;

  @Column(nullable = false)
  private String operation;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected OutboxEntry() {}

  OutboxEntry(String documentType, String documentKey, Operation operation, LocalDateTime now) {
    this.documentType = documentType;
    this.documentKey = documentKey;
    this.operation = operation.name();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getDocumentType() {
    return documentType;
  }

  public String getDocumentKey() {
    return documentKey;
  }

  void countFailedAttempt() {
    attempts++;
  }
}
