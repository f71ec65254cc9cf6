package no.boforum.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The text a post had before an edit, and when that text was written. */
@Entity
@Table(name = "discussion_post_revision")
public class PostRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private Long postId;

  @Column(nullable = false)
  private String body;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  protected PostRevision() {}

  PostRevision(Long postId, String body, LocalDateTime writtenAt) {
    this.postId = postId;
    this.body = body;
    this.writtenAt = writtenAt;
  }

  public Long getPostId() {
    return postId;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getWrittenAt() {
    return writtenAt;
  }
}
