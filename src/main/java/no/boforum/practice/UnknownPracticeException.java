package no.boforum.practice;

/** No practice has this slug, or the caller may not know that one does: a 404 either way. */
public class UnknownPracticeException extends RuntimeException {
  public UnknownPracticeException(String slug) {
    super("No practice " + slug, null, false, false);
  }
}
