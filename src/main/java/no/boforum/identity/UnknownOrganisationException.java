package no.boforum.identity;

/** No organisation has this slug: pages answer 404, the API too. */
public class UnknownOrganisationException extends RuntimeException {
  public UnknownOrganisationException(String slug) {
    super("No organisation " + slug, null, false, false);
  }
}
