package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The whole record of a practice as one save or move left it, kept as JSON. */
@Entity
@Table(name = "practice_revision")
public class PracticeRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private long practiceId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PracticeState state;

  @Column(name = "author_id")
  private Long authorId;

  private String note;

  @Column(nullable = false)
  private String snapshot;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected PracticeRevision() {}

  PracticeRevision(
      long practiceId,
      int number,
      PracticeState state,
      Long authorId,
      String note,
      String snapshot,
      LocalDateTime createdAt) {
    this.practiceId = practiceId;
    this.number = number;
    this.state = state;
    this.authorId = authorId;
    this.note = note;
    this.snapshot = snapshot;
    this.createdAt = createdAt;
  }

  public int getNumber() {
    return number;
  }

  public PracticeState getState() {
    return state;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public String getNote() {
    return note;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
