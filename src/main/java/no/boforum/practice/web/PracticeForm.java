package no.boforum.practice.web;

import java.time.LocalDate;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;

/**
 * What the practice editor holds between the page and the service, for a new practice and for an
 * edit alike; kept as typed when the service refuses it. The many-valued fields live in {@link
 * #getTerms()}.
 */
public class PracticeForm {
  private String title;
  private String summary;
  private String body;
  private String language;
  private Long owner;
  private LocalDate startedOn;
  private LocalDate endedOn;
  private ActivityStatus activityStatus;
  private EvidenceLevel evidenceLevel;
  private String evidenceNote;
  private LocalDate evaluationPlanned;
  private boolean nordicEvidence;
  private String procurementRoute;
  private String outcomes;
  private String contactName;
  private String contactRole;
  private String contactEmail;
  private String contactPhone;
  private boolean illustrative;
  private final PracticeFormTerms terms = new PracticeFormTerms();

  static PracticeForm of(PracticeData d) {
    PracticeForm f = new PracticeForm();
    f.title = d.title();
    f.summary = d.summary();
    f.body = d.body();
    f.language = d.language();
    f.owner = d.ownerOrganisationId();
    f.startedOn = d.startedOn();
    f.endedOn = d.endedOn();
    f.activityStatus = d.activityStatus();
    f.evidenceLevel = d.evidenceLevel();
    f.evidenceNote = d.evidenceNote();
    f.evaluationPlanned = d.evaluationPlanned();
    f.nordicEvidence = d.nordicEvidence();
    f.procurementRoute = d.procurementRoute();
    f.outcomes = d.outcomes();
    f.contactName = d.contact().name();
    f.contactRole = d.contact().role();
    f.contactEmail = d.contact().email();
    f.contactPhone = d.contact().phone();
    // Not on the form: only seed content is illustrative, and an edit keeps the mark.
    f.illustrative = d.illustrative();
    f.terms.fill(d);
    return f;
  }

  PracticeData toData() {
    return new PracticeData(
        title,
        summary,
        body,
        language,
        owner,
        terms.getPartners(),
        terms.getActorTypes(),
        terms.getVoluntaryRoles(),
        terms.getTargetGroups(),
        terms.getThemes(),
        terms.getPlaces(),
        terms.isNational(),
        startedOn,
        endedOn,
        activityStatus,
        evidenceLevel,
        evidenceNote,
        evaluationPlanned,
        nordicEvidence,
        terms.getFunding(),
        procurementRoute,
        outcomes,
        new PracticeData.Contact(contactName, contactRole, contactEmail, contactPhone),
        terms.linkData(),
        illustrative);
  }

  public PracticeFormTerms getTerms() {
    return terms;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Long getOwner() {
    return owner;
  }

  public void setOwner(Long owner) {
    this.owner = owner;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public ActivityStatus getActivityStatus() {
    return activityStatus;
  }

  public void setActivityStatus(ActivityStatus activityStatus) {
    this.activityStatus = activityStatus;
  }

  public EvidenceLevel getEvidenceLevel() {
    return evidenceLevel;
  }

  public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
    this.evidenceLevel = evidenceLevel;
  }

  public String getEvidenceNote() {
    return evidenceNote;
  }

  public void setEvidenceNote(String evidenceNote) {
    this.evidenceNote = evidenceNote;
  }

  public LocalDate getEvaluationPlanned() {
    return evaluationPlanned;
  }

  public void setEvaluationPlanned(LocalDate evaluationPlanned) {
    this.evaluationPlanned = evaluationPlanned;
  }

  public boolean isNordicEvidence() {
    return nordicEvidence;
  }

  public void setNordicEvidence(boolean nordicEvidence) {
    this.nordicEvidence = nordicEvidence;
  }

  public String getProcurementRoute() {
    return procurementRoute;
  }

  public void setProcurementRoute(String procurementRoute) {
    this.procurementRoute = procurementRoute;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactRole() {
    return contactRole;
  }

  public void setContactRole(String contactRole) {
    this.contactRole = contactRole;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
