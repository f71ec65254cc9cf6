package no.boforum.matching.conversation;

import no.boforum.platform.NotFound;

/** No conversation has this id, or the caller is not one who may know of it. */
public class UnknownConversationException extends NotFound {
  public UnknownConversationException(long id) {
    super("conversation " + id, "No such conversation");
  }
}
