package no.boforum.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.practice.PracticeData.Contact;
import no.boforum.practice.PracticeData.Link;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TermCode;

/**
 * A practice case study: its facts, where it is in the workflow, and its spread. UTC times. Its
 * period, evidence and contact are value parts of the same row ({@link PracticePeriod}, {@link
 * PracticeEvidence}, {@link PracticeContact}); what queries filter or sort by stays here.
 */
@Entity
@Table(name = "practice")
public class Practice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PracticeState state;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String language;

  @Column(name = "owner_organisation_id")
  private Long ownerOrganisationId;

  @ElementCollection
  @CollectionTable(name = "practice_partner", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "organisation_id")
  private Set<Long> partnerOrganisationIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "practice_term", joinColumns = @JoinColumn(name = "practice_id"))
  private Set<TermCode> terms = new HashSet<>();

  private boolean national;

  @Embedded private PracticePeriod period;

  @Embedded private PracticeEvidence evidence;

  @Column(name = "procurement_route")
  private String procurementRoute;

  private String outcomes;

  /** May be read as null when every part of it is. */
  @Embedded private PracticeContact contact;

  /** May be read as null when every part of it is: not rendered yet (the backfill job will). */
  @Embedded private PracticeHtml html;

  @ElementCollection
  @CollectionTable(name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "position")
  private List<PracticeLink> links = new ArrayList<>();

  private boolean illustrative;

  /**
   * Municipalities where the practice runs by adoption; kept here so lists can sort by it. Only
   * {@link PracticeRepository#writeSpread} writes it, beside the version: an adoption is no edit.
   */
  @Column(updatable = false)
  private int spread;

  @Column(name = "source_hash")
  private String sourceHash;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "last_reviewed_at")
  private LocalDateTime lastReviewedAt;

  @Column(name = "review_reminded_at")
  private LocalDateTime reviewRemindedAt;

  protected Practice() {}

  public Practice(String slug, LocalDateTime now) {
    this.slug = slug;
    this.state = PracticeState.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Replaces the editable facts with those of {@code data}, and renders its body and outcomes with
   * {@code markdown} to be stored beside them: every save passes here, so none stores Markdown
   * without its HTML (decision 0034).
   */
  public void update(PracticeData data, MarkdownRenderer markdown, LocalDateTime now) {
    title = data.title();
    summary = data.summary();
    body = data.body();
    language = data.language();
    ownerOrganisationId = data.ownerOrganisationId();
    partnerOrganisationIds.clear();
    partnerOrganisationIds.addAll(data.partnerOrganisationIds());
    terms.clear();
    terms.addAll(PracticeTerms.of(data));
    national = data.national();
    period = PracticePeriod.of(data);
    evidence = PracticeEvidence.of(data);
    procurementRoute = data.procurementRoute();
    outcomes = data.outcomes();
    contact = PracticeContact.of(data.contact());
    links.clear();
    data.links().forEach(l -> links.add(new PracticeLink(l.url(), l.label())));
    illustrative = data.illustrative();
    html = PracticeHtml.render(body, outcomes, markdown);
    updatedAt = now;
  }

  /** The facts as a form, the API or a revision holds them. */
  public PracticeData data() {
    return new PracticeData(
        title,
        summary,
        body,
        language,
        ownerOrganisationId,
        partnerOrganisationIds.stream().sorted().toList(),
        codes(Taxonomies.ACTOR_TYPE),
        codes(Taxonomies.VOLUNTARY_ROLE),
        codes(Taxonomies.TARGET_GROUP),
        codes(Taxonomies.THEME),
        codes(PracticeTerms.PLACE),
        national,
        period.startedOn(),
        period.endedOn(),
        period.activityStatus(),
        evidence.level(),
        evidence.note(),
        evidence.evaluationPlanned(),
        evidence.nordic(),
        codes(Taxonomies.FUNDING),
        procurementRoute,
        outcomes,
        contact == null ? Contact.NONE : contact.data(),
        links.stream().map(l -> new Link(l.getUrl(), l.getLabel())).toList(),
        illustrative);
  }

  /** A taxonomy's codes on this practice, sorted so that equal records compare equal. */
  public List<String> codes(String taxonomy) {
    return terms.stream()
        .filter(t -> t.getTaxonomy().equals(taxonomy))
        .map(TermCode::getCode)
        .sorted()
        .toList();
  }

  void moveTo(PracticeState next, LocalDateTime now) {
    if (next == PracticeState.PUBLISHED) {
      publishedAt = now;
      lastReviewedAt = now;
    }
    state = next;
    updatedAt = now;
  }

  void setLastReviewedAt(LocalDateTime when) {
    lastReviewedAt = when;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public PracticeState getState() {
    return state;
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

  public Long getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  public EvidenceLevel getEvidenceLevel() {
    return evidence.level();
  }

  public String getEvidenceNote() {
    return evidence.note();
  }

  /** Whether it is a national practice (no one place). */
  public boolean isNational() {
    return national;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public ActivityStatus getActivityStatus() {
    return period.activityStatus();
  }

  public int getSpread() {
    return spread;
  }

  /** The HTML stored at the last save or backfill, or null if none is stored. */
  PracticeHtml getHtml() {
    return html;
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

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public LocalDateTime getLastReviewedAt() {
    return lastReviewedAt;
  }

  public LocalDateTime getReviewRemindedAt() {
    return reviewRemindedAt;
  }
}
