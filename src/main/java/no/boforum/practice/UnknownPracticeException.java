package no.boforum.practice;

import no.boforum.platform.NotFound;

/** No practice has this slug, or the caller may not know that one does: a 404 either way. */
public class UnknownPracticeException extends NotFound {
  public UnknownPracticeException(String slug) {
    super("No practice " + slug);
  }
}
