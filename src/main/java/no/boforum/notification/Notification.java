package no.boforum.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One thing told to one person: read in the portal, and mailed as their delivery for its kind says
 * (written by {@link Notifications#send}; times in UTC).
 */
@Entity
@Table(name = "notification")
public class Notification {
  /** Whether it is still to be mailed. */
  public enum MailState {
    PENDING,
    SENT,
    NONE
  }

  @Id private Long id;

  @Column(name = "user_id")
  private long userId;

  private String kind;
  private String variant;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_key")
  private String subjectKey;

  @Column(name = "subject_title")
  private String subjectTitle;

  private String link;

  @Column(name = "actor_id")
  private Long actorId;

  private String argument;

  private String detail;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_state")
  private MailState mailState;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  protected Notification() {}

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public String getKind() {
    return kind;
  }

  public String getVariant() {
    return variant;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getSubjectTitle() {
    return subjectTitle;
  }

  public String getLink() {
    return link;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getArgument() {
    return argument;
  }

  public String getDetail() {
    return detail;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public MailState getMailState() {
    return mailState;
  }

  public LocalDateTime getMailedAt() {
    return mailedAt;
  }

  /** The bundle key of its line: {@code notify.line.<kind>[.<variant>]}. */
  public String lineKey() {
    return "notify.line." + kind + (variant == null ? "" : "." + variant);
  }

  /** Not to be mailed after all: read meanwhile, or nobody to write to. */
  void notMailed() {
    this.mailState = MailState.NONE;
  }

  void mailed(LocalDateTime now) {
    this.mailState = MailState.SENT;
    this.mailedAt = now;
  }
}
