package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.WebAddresses;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** Checks an organisation's facts against the rules and the taxonomies, and tidies them. */
@ApplicationScoped
public class OrganisationValidator {
  @Inject Taxonomies taxonomies;

  public OrganisationData validate(OrganisationData d) {
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty()) {
      throw new InputProblem("name", "organisation.nameRequired");
    }
    if (name.length() > 200) {
      throw new InputProblem("name", "organisation.nameTooLong", 200);
    }
    String number = blankToNull(OrganisationNumber.normalise(d.orgNumber()));
    if (number != null && !OrganisationNumber.isValid(number)) {
      throw new InputProblem("orgNumber", "organisation.numberInvalid");
    }
    if (d.actorType() == null || !taxonomies.exists(Taxonomies.ACTOR_TYPE, d.actorType())) {
      throw new InputProblem("actorType", "organisation.actorTypeRequired");
    }
    String county = blankToNull(d.county());
    if (county != null && !taxonomies.exists(Taxonomies.COUNTY, county)) {
      throw new InputProblem("county", "organisation.countyUnknown");
    }
    String municipality = blankToNull(d.municipality());
    if (municipality != null) {
      Term m =
          taxonomies
              .find(Taxonomies.MUNICIPALITY, municipality, "nb")
              .orElseThrow(
                  () -> new InputProblem("municipality", "organisation.municipalityUnknown"));
      if (county == null) {
        county = m.parent();
      } else if (!county.equals(m.parent())) {
        throw new InputProblem("municipality", "organisation.municipalityNotInCounty");
      }
    }
    String website = blankToNull(d.website());
    if (website != null && !WebAddresses.isWebAddress(website)) {
      throw new InputProblem("website", "organisation.websiteInvalid");
    }
    String description = d.description() == null ? "" : d.description().strip();
    if (description.length() > 10_000) {
      throw new InputProblem("description", "organisation.descriptionTooLong", 10_000);
    }
    return new OrganisationData(
        d.slug(), name, number, d.actorType(), county, municipality, website, description);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
