package no.boforum.search.saved;

/** No saved search has this id, or it is someone else's: a 404 either way. */
public class UnknownSavedSearchException extends RuntimeException {
  public UnknownSavedSearchException(long id) {
    super("No saved search " + id, null, false, false);
  }
}
