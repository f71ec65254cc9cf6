package no.boforum.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One security event in the audit log. Ids, not names, so that a deleted user leaves no name. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  /** What happened. The names are stored; add, never rename. */
  public enum Type {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCOUNT_REGISTERED,
    EMAIL_VERIFIED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    ACCOUNT_DELETED,
    ROLES_CHANGED,
    MEMBERSHIP_REQUESTED,
    MEMBERSHIP_APPROVED,
    MEMBERSHIP_REFUSED,
    MEMBERSHIP_ROLE_CHANGED,
    MEMBERSHIP_REMOVED,
    ORGANISATION_VERIFIED,
    ORGANISATION_UNVERIFIED,
    ORGANISATION_REGISTERED,
    OIDC_LINKED,
    // Moderation of discussions (issue 13); the detail names the post or thread.
    POST_FLAG_HIDDEN,
    POST_KEPT,
    POST_HIDDEN,
    POST_EDITED_BY_MODERATOR,
    POST_DELETED_BY_MODERATOR,
    POST_APPROVED,
    POST_REFUSED,
    USER_WARNED,
    USER_SUSPENDED,
    THREAD_MODERATED,
    // Issue 18: a logged-in person ended their other sessions ("log out everywhere else").
    SESSIONS_ENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false)
  private Type type;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "subject_user_id")
  private Long subjectUserId;

  @Column(name = "organisation_id")
  private Long organisationId;

  private String address;
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      LocalDateTime occurredAt,
      Type type,
      Long actorId,
      Long subjectUserId,
      Long organisationId,
      String address,
      String detail) {
    this.occurredAt = occurredAt;
    this.type = type;
    this.actorId = actorId;
    this.subjectUserId = subjectUserId;
    this.organisationId = organisationId;
    this.address = address;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public Type getType() {
    return type;
  }

  public Long getActorId() {
    return actorId;
  }

  public Long getSubjectUserId() {
    return subjectUserId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getAddress() {
    return address;
  }

  public String getDetail() {
    return detail;
  }
}
