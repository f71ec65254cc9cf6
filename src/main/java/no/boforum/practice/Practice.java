package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A practice case study. Times are stored in UTC. */
@Entity
@Table(name = "practice")
public class Practice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String language;

  @Column(name = "evidence_level", nullable = false)
  private String evidenceLevel;

  @Column(name = "evidence_note")
  private String evidenceNote;

  private boolean illustrative;

  @Column(name = "owner_name")
  private String ownerName;

  private String county;
  private String municipality;

  @Column(name = "source_hash")
  private String sourceHash;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected Practice() {}

  public Practice(String slug, LocalDateTime now) {
    this.slug = slug;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the editable facts with those of {@code data}. */
  public void update(PracticeData data, LocalDateTime now) {
    this.title = data.title();
    this.summary = data.summary();
    this.body = data.body();
    this.language = data.language();
    this.evidenceLevel = data.evidenceLevel().code();
    this.evidenceNote = data.evidenceNote();
    this.illustrative = data.illustrative();
    this.ownerName = data.ownerName();
    this.county = data.county();
    this.municipality = data.municipality();
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public String getLanguage() {
    return language;
  }

  public EvidenceLevel getEvidenceLevel() {
    return EvidenceLevel.fromCode(evidenceLevel);
  }

  public String getEvidenceNote() {
    return evidenceNote;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getCounty() {
    return county;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getSourceHash() {
    return sourceHash;
  }

  public void setSourceHash(String sourceHash) {
    this.sourceHash = sourceHash;
  }

  public long getVersion() {
    return version;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
