package no.boforum.identity.web;

import no.boforum.identity.OrganisationData;
import no.boforum.identity.OrganisationDetails;

/** What the organisation form holds between the page and the service; kept as typed on errors. */
public class OrganisationForm {
  private String name;
  private String orgNumber;
  private String actorType;
  private String municipality;
  private String website;
  private String description;

  static OrganisationForm of(OrganisationDetails o) {
    OrganisationForm f = new OrganisationForm();
    f.name = o.name();
    f.orgNumber = o.orgNumber();
    f.actorType = o.actorType();
    f.municipality = o.municipality();
    f.website = o.website();
    f.description = o.description();
    return f;
  }

  /** The facts, with the county that the chosen municipality lies in (or {@code county}). */
  OrganisationData toData(String slug, String county) {
    return new OrganisationData(
        slug, name, orgNumber, actorType, county, municipality, website, description);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }

  public String getActorType() {
    return actorType;
  }

  public void setActorType(String actorType) {
    this.actorType = actorType;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
