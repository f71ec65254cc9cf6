package no.boforum.search.saved;

import no.boforum.platform.NotFound;

/** No saved search has this id, or it is someone else's: a 404 either way. */
public class UnknownSavedSearchException extends NotFound {
  public UnknownSavedSearchException(long id) {
    super("No saved search " + id);
  }
}
