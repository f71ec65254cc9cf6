package no.boforum.identity;

/** An organisation as pages and the API show it. Codes of taxonomies, labels looked up by views. */
public record OrganisationDetails(
    long id,
    String slug,
    String name,
    String orgNumber,
    String actorType,
    String county,
    String municipality,
    String website,
    String description,
    boolean verified,
    boolean illustrative,
    long version) {
  static OrganisationDetails of(Organisation o) {
    return new OrganisationDetails(
        o.getId(),
        o.getSlug(),
        o.getName(),
        o.getOrgNumber(),
        o.getActorType(),
        o.getCounty(),
        o.getMunicipality(),
        o.getWebsite(),
        o.getDescription(),
        o.isVerified(),
        o.isIllustrative(),
        o.getVersion());
  }

  public OrganisationData data() {
    return new OrganisationData(
        slug, name, orgNumber, actorType, county, municipality, website, description);
  }
}
