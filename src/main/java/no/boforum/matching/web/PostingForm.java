package no.boforum.matching.web;

import java.util.ArrayList;
import java.util.List;
import no.boforum.matching.PostingData;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.Side;

/** The fields of the form for a need or an offer, as typed; dates as {@code yyyy-mm-dd}. */
public class PostingForm {
  private String organisation;
  private String title;
  private String body;
  private List<String> targetGroups = new ArrayList<>();
  private List<String> themes = new ArrayList<>();
  private List<String> municipalities = new ArrayList<>();
  private String county;
  private String neededBy;
  private List<String> actorTypes = new ArrayList<>();
  private List<String> funding = new ArrayList<>();
  private List<String> procurementRoutes = new ArrayList<>();
  private String capacity;
  private List<String> practices = new ArrayList<>();
  private String expiresOn;

  static PostingForm of(PostingDetails p) {
    PostingForm f = new PostingForm();
    f.organisation = p.organisation() == null ? null : p.organisation().slug();
    f.title = p.title();
    f.body = p.body();
    f.targetGroups = new ArrayList<>(p.targetGroups());
    f.themes = new ArrayList<>(p.themes());
    f.municipalities = new ArrayList<>(p.municipalities());
    f.county = p.county();
    f.neededBy = p.neededBy() == null ? null : p.neededBy().toString();
    f.actorTypes = new ArrayList<>(p.actorTypes());
    f.funding = new ArrayList<>(p.funding());
    f.procurementRoutes = new ArrayList<>(p.procurementRoutes());
    f.capacity = p.capacity();
    f.practices =
        new ArrayList<>(p.practices().stream().map(PostingDetails.PracticeRef::slug).toList());
    f.expiresOn = p.expiresOn().toString();
    return f;
  }

  PostingData toData(Side side) {
    return new PostingData(
        side.name(),
        organisation,
        title,
        body,
        targetGroups,
        themes,
        municipalities,
        county,
        neededBy,
        actorTypes,
        funding,
        procurementRoutes,
        capacity,
        practices,
        expiresOn);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<String> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<String> targetGroups) {
    this.targetGroups = targetGroups;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }

  public List<String> getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(List<String> municipalities) {
    this.municipalities = municipalities;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }

  public String getNeededBy() {
    return neededBy;
  }

  public void setNeededBy(String neededBy) {
    this.neededBy = neededBy;
  }

  public List<String> getActorTypes() {
    return actorTypes;
  }

  public void setActorTypes(List<String> actorTypes) {
    this.actorTypes = actorTypes;
  }

  public List<String> getFunding() {
    return funding;
  }

  public void setFunding(List<String> funding) {
    this.funding = funding;
  }

  public List<String> getProcurementRoutes() {
    return procurementRoutes;
  }

  public void setProcurementRoutes(List<String> procurementRoutes) {
    this.procurementRoutes = procurementRoutes;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public List<String> getPractices() {
    return practices;
  }

  public void setPractices(List<String> practices) {
    this.practices = practices;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }
}
