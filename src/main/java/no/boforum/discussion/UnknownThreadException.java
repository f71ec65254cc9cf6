package no.boforum.discussion;

import no.boforum.platform.NotFound;

/** No thread or post has this id: a 404. */
public class UnknownThreadException extends NotFound {
  public UnknownThreadException(String what) {
    super("No discussion " + what, "No such thread or post");
  }
}
