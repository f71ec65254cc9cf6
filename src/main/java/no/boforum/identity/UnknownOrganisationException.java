package no.boforum.identity;

import no.boforum.platform.NotFound;

/** No organisation has this slug: pages answer 404, the API too. */
public class UnknownOrganisationException extends NotFound {
  public UnknownOrganisationException(String slug) {
    super("No organisation " + slug, "No organisation has this slug");
  }
}
