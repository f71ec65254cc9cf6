package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** When an event was made, changed and moved through its life (UTC); part of the event's row. */
@Embeddable
public class EventStamps {
  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  /** When the time or place last changed after publication; reminders skip such events. */
  @Column(name = "moved_at")
  private LocalDateTime movedAt;

  protected EventStamps() {}

  static EventStamps created(LocalDateTime now) {
    EventStamps s = new EventStamps();
    s.createdAt = now;
    s.updatedAt = now;
    return s;
  }

  void changed(LocalDateTime now, boolean moved) {
    updatedAt = now;
    if (moved) {
      movedAt = now;
    }
  }

  void entered(EventState state, LocalDateTime now) {
    updatedAt = now;
    switch (state) {
      case PUBLISHED -> publishedAt = publishedAt == null ? now : publishedAt;
      case CANCELLED -> cancelledAt = now;
      case CLOSED -> closedAt = now;
      case DRAFT -> publishedAt = null;
    }
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public LocalDateTime getMovedAt() {
    return movedAt;
  }
}
