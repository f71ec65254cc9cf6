package no.boforum.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's place in an organisation, or their request to join it. */
@Entity
@Table(name = "membership")
public class Membership {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MembershipRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MembershipStatus status;

  @Column(name = "requested_at", nullable = false)
  private LocalDateTime requestedAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  protected Membership() {}

  Membership(UserAccount user, Organisation organisation, LocalDateTime now) {
    this.user = user;
    this.organisation = organisation;
    this.role = MembershipRole.MEMBER;
    this.status = MembershipStatus.REQUESTED;
    this.requestedAt = now;
  }

  void decide(MembershipStatus status, MembershipRole role, Long decidedBy, LocalDateTime now) {
    this.status = status;
    this.role = role;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  void askAgain(LocalDateTime now) {
    this.status = MembershipStatus.REQUESTED;
    this.role = MembershipRole.MEMBER;
    this.requestedAt = now;
    this.decidedAt = null;
    this.decidedBy = null;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public MembershipRole getRole() {
    return role;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }
}
