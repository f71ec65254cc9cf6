package no.boforum.practice;

import no.boforum.identity.OrganisationDetails;

/** An organisation as a practice page names it, with a link to its page. */
public record OrganisationRef(
    long id, String slug, String name, boolean verified, boolean illustrative) {
  static OrganisationRef of(OrganisationDetails o) {
    return o == null
        ? null
        : new OrganisationRef(o.id(), o.slug(), o.name(), o.verified(), o.illustrative());
  }
}
