package no.boforum.practice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A PDF attached to a practice. The file is on disk under its storage key; its text is here. */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private long practiceId;

  @Column(nullable = false)
  private String title;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false)
  private String storageKey;

  @Column(name = "page_count", nullable = false)
  private int pageCount;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "extracted_text")
  private String extractedText;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Attachment() {}

  Attachment(
      long practiceId,
      String title,
      String fileName,
      long sizeBytes,
      String sha256,
      String storageKey,
      int pageCount,
      String extractedText,
      Long uploadedBy,
      LocalDateTime createdAt) {
    this.practiceId = practiceId;
    this.title = title;
    this.fileName = fileName;
    this.contentType = "application/pdf";
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = storageKey;
    this.pageCount = pageCount;
    this.extractedText = extractedText;
    this.uploadedBy = uploadedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getPracticeId() {
    return practiceId;
  }

  public String getTitle() {
    return title;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public int getPageCount() {
    return pageCount;
  }

  public String getExtractedText() {
    return extractedText;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
