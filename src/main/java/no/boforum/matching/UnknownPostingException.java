package no.boforum.matching;

import no.boforum.platform.NotFound;

/** No need or offer has this id. */
public class UnknownPostingException extends NotFound {
  public UnknownPostingException(long id) {
    super("posting " + id, "No such need or offer");
  }
}
