package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Spread: an organisation took up a practice in a municipality. */
@Entity
@Table(name = "adoption")
public class Adoption {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private long practiceId;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(nullable = false)
  private String municipality;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdoptionStatus status;

  private String note;

  @Column(name = "reported_by")
  private Long reportedBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected Adoption() {}

  Adoption(long practiceId, Long reportedBy, LocalDateTime now) {
    this.practiceId = practiceId;
    this.reportedBy = reportedBy;
    this.createdAt = now;
  }

  void update(AdoptionData data, LocalDateTime now) {
    organisationId = data.organisationId();
    municipality = data.municipality();
    startedOn = data.startedOn();
    status = data.status();
    note = data.note();
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPracticeId() {
    return practiceId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getMunicipality() {
    return municipality;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public AdoptionStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
