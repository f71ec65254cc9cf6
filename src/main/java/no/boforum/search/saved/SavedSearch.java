package no.boforum.search.saved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/** A search a user saved, in the search page's address form. Times in UTC. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(nullable = false)
  private String name;

  @Column(name = "query_string", nullable = false)
  private String queryString;

  @Column(nullable = false)
  private boolean alert = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "checked_at", nullable = false)
  private LocalDateTime checkedAt;

  @Column(name = "last_alerted_at")
  private LocalDateTime lastAlertedAt;

  protected SavedSearch() {}

  SavedSearch(long userId, String name, String queryString, LocalDateTime now) {
    this.userId = userId;
    this.name = name;
    this.queryString = queryString;
    this.createdAt = now;
    this.checkedAt = now;
  }

  /**
   * True when a run that started at {@code start} should look for new practices: the alert is on,
   * something may have been published since the last check, and no mail went out within the last
   * {@code interval} (a restart or a second instance must not mail twice a day).
   */
  boolean isDue(LocalDateTime start, Duration interval) {
    return alert
        && checkedAt.isBefore(start)
        && (lastAlertedAt == null || !lastAlertedAt.isAfter(start.minus(interval)));
  }

  /**
   * Publications up to {@code upTo} are considered; {@code alertedAt} is null when none matched.
   */
  void checked(LocalDateTime upTo, LocalDateTime alertedAt) {
    if (upTo.isAfter(checkedAt)) {
      checkedAt = upTo;
    }
    if (alertedAt != null) {
      lastAlertedAt = alertedAt;
    }
  }

  void rename(String newName) {
    this.name = newName;
  }

  /** Turning the alert on again starts from now: what was published meanwhile is not "new". */
  void setAlert(boolean on, LocalDateTime now) {
    if (on && !alert) {
      checkedAt = now;
    }
    alert = on;
  }

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public String getName() {
    return name;
  }

  public String getQueryString() {
    return queryString;
  }

  public boolean isAlert() {
    return alert;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public LocalDateTime getLastAlertedAt() {
    return lastAlertedAt;
  }
}
