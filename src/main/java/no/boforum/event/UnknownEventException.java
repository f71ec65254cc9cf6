package no.boforum.event;

import no.boforum.platform.NotFound;

/** No event has this slug, or the caller may not know that one does: a 404 either way. */
public class UnknownEventException extends NotFound {
  public UnknownEventException(String slug) {
    super("No event " + slug, "No such event");
  }
}
