package no.boforum.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** An organisation that publishes, hosts or takes part: a municipality, an NGO, a state agency. */
@Entity
@Table(name = "organisation")
public class Organisation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(name = "org_number")
  private String orgNumber;

  @Column(name = "actor_type", nullable = false)
  private String actorType;

  private String county;
  private String municipality;
  private String website;

  @Column(nullable = false)
  private String description;

  private boolean verified;

  /** An invented example from the seed content, shown as such. */
  private boolean illustrative;

  @Column(name = "source_hash")
  private String sourceHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String slug, LocalDateTime now) {
    this.slug = slug;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void update(OrganisationData data, LocalDateTime now) {
    this.name = data.name();
    this.orgNumber = data.orgNumber();
    this.actorType = data.actorType();
    this.county = data.county();
    this.municipality = data.municipality();
    this.website = data.website();
    this.description = data.description() == null ? "" : data.description();
    this.updatedAt = now;
  }

  void setIllustrative(boolean illustrative) {
    this.illustrative = illustrative;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  /** The verification, shown with the organisation: a change of it is a change of the record. */
  void setVerified(boolean verified, LocalDateTime now) {
    this.verified = verified;
    this.updatedAt = now;
  }

  void setSourceHash(String sourceHash) {
    this.sourceHash = sourceHash;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public String getActorType() {
    return actorType;
  }

  public String getCounty() {
    return county;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getWebsite() {
    return website;
  }

  public String getDescription() {
    return description;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getSourceHash() {
    return sourceHash;
  }

  public long getVersion() {
    return version;
  }
}
