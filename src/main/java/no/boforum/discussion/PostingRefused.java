package no.boforum.discussion;

import no.boforum.platform.Conflict;

/**
 * A post refused for who writes it or how often, not for what it says: a suspended person (403), or
 * too many posts in the rate window (429). Pages show the message where they show conflicts.
 */
public class PostingRefused extends Conflict {
  private final int status;

  PostingRefused(int status, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.status = status;
  }

  /** The HTTP status the API answers with. */
  public int status() {
    return status;
  }
}
