package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A person's registration for an event: one row per person and event (a unique key), kept when
 * cancelled; registering again reuses it as a new arrival. Times UTC.
 */
@Entity
@Table(name = "event_registration")
public class Registration {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  /** Null once the person deleted their account after the event (see {@link #anonymise}). */
  @Column(name = "user_id")
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "registered_as", nullable = false)
  private RegisteredAs registeredAs;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(nullable = false)
  private String sector;

  @Column(name = "seat_group_id")
  private Long seatGroupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  @Column(nullable = false)
  private String code;

  @Column(name = "queued_at", nullable = false)
  private LocalDateTime queuedAt;

  @Column(name = "offer_expires_at")
  private LocalDateTime offerExpiresAt;

  @Column(name = "promoted_at")
  private LocalDateTime promotedAt;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "cancelled_by_host")
  private boolean cancelledByHost;

  @Column(name = "checked_in_at")
  private LocalDateTime checkedInAt;

  @Column(name = "terms_accepted_at")
  private LocalDateTime termsAcceptedAt;

  @Column(name = "dietary_needs")
  private String dietaryNeeds;

  @Column(name = "accessibility_needs")
  private String accessibilityNeeds;

  @Column(name = "free_answer")
  private String freeAnswer;

  @Column(name = "answers_cleared_at")
  private LocalDateTime answersClearedAt;

  @Column(name = "anonymised_at")
  private LocalDateTime anonymisedAt;

  @Column(name = "table_group")
  private Integer tableGroup;

  /** When the reminder before the event went out (UTC); cleared when the event moves. */
  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected Registration() {}

  public Registration(Long eventId, Long userId, String code, LocalDateTime now) {
    this.eventId = eventId;
    this.userId = userId;
    this.code = code;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = RegistrationStatus.CANCELLED;
  }

  /** A new arrival: in this capacity, sector and seat group, with these answers. */
  void arrive(
      RegisteredAs as,
      Long organisation,
      String sectorCode,
      Long group,
      Answers answers,
      LocalDateTime now) {
    registeredAs = as;
    organisationId = organisation;
    sector = sectorCode;
    seatGroupId = group;
    // As the column keeps it (microseconds), so that a link naming the arrival matches later.
    queuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    promotedAt = null;
    offerExpiresAt = null;
    confirmedAt = null;
    cancelledAt = null;
    cancelledByHost = false;
    checkedInAt = null;
    tableGroup = null;
    remindedAt = null;
    termsAcceptedAt = now;
    dietaryNeeds = answers.dietaryNeeds();
    accessibilityNeeds = answers.accessibilityNeeds();
    freeAnswer = answers.freeAnswer();
    answersClearedAt = null;
    updatedAt = now;
  }

  void confirm(LocalDateTime now) {
    status = RegistrationStatus.CONFIRMED;
    confirmedAt = now;
    offerExpiresAt = null;
    updatedAt = now;
  }

  void waitInLine(LocalDateTime now) {
    status = RegistrationStatus.WAITING;
    updatedAt = now;
  }

  /** Promoted from the waiting list: confirmed at once, or offered until {@code expires}. */
  void promote(LocalDateTime expires, LocalDateTime now) {
    promotedAt = now;
    if (expires == null) {
      confirm(now);
    } else {
      status = RegistrationStatus.OFFERED;
      offerExpiresAt = expires;
      updatedAt = now;
    }
  }

  void cancel(boolean byHost, LocalDateTime now) {
    status = RegistrationStatus.CANCELLED;
    cancelledAt = now;
    cancelledByHost = byHost;
    offerExpiresAt = null;
    updatedAt = now;
  }

  void regroup(Long group) {
    seatGroupId = group;
  }

  void checkIn(LocalDateTime now) {
    checkedInAt = now;
    updatedAt = now;
  }

  void clearAnswers(LocalDateTime now) {
    dietaryNeeds = null;
    accessibilityNeeds = null;
    freeAnswer = null;
    answersClearedAt = now;
  }

  /**
   * Forgets the person: their account was deleted after the event took place. What counts for the
   * event (status, sector, check-in) stays; who it was, for which organisation and what they
   * answered goes.
   */
  void anonymise(LocalDateTime now) {
    userId = null;
    organisationId = null;
    clearAnswers(now);
    anonymisedAt = now;
    updatedAt = now;
  }

  void reminded(LocalDateTime now) {
    remindedAt = now;
  }

  void seatAtTable(Integer group) {
    tableGroup = group;
  }

  /** Answers to the host's questions; each may be missing. */
  public record Answers(String dietaryNeeds, String accessibilityNeeds, String freeAnswer) {
    public static final Answers NONE = new Answers(null, null, null);
  }

  public Long getId() {
    return id;
  }

  public Long getEventId() {
    return eventId;
  }

  public Long getUserId() {
    return userId;
  }

  public RegisteredAs getRegisteredAs() {
    return registeredAs;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getSector() {
    return sector;
  }

  public Long getSeatGroupId() {
    return seatGroupId;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public boolean isCancelledByHost() {
    return cancelledByHost;
  }

  public String getCode() {
    return code;
  }

  public LocalDateTime getQueuedAt() {
    return queuedAt;
  }

  public LocalDateTime getOfferExpiresAt() {
    return offerExpiresAt;
  }

  public LocalDateTime getPromotedAt() {
    return promotedAt;
  }

  public LocalDateTime getCheckedInAt() {
    return checkedInAt;
  }

  public Answers getAnswers() {
    return new Answers(dietaryNeeds, accessibilityNeeds, freeAnswer);
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public LocalDateTime getTermsAcceptedAt() {
    return termsAcceptedAt;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public LocalDateTime getRemindedAt() {
    return remindedAt;
  }

  public Integer getTableGroup() {
    return tableGroup;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
