package no.boforum.identity;

/**
 * An organisation as a page of content names it (owner, partner, host), with a link to its page.
 */
public record OrganisationRef(
    long id, String slug, String name, boolean verified, boolean illustrative) {
  public static OrganisationRef of(OrganisationDetails o) {
    return o == null
        ? null
        : new OrganisationRef(o.id(), o.slug(), o.name(), o.verified(), o.illustrative());
  }
}
