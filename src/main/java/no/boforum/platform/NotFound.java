package no.boforum.platform;

/**
 * What was asked for does not exist, or the caller may not know that it does: a 404 either way. The
 * API answers with {@link #publicMessage()}; features subclass it where the type tells a caller
 * something (an unknown practice, organisation or saved search).
 */
public class NotFound extends RuntimeException {
  private final String publicMessage;

  /**
   * @param what what was looked for, for the log only (it may name what the caller must not see)
   * @param publicMessage the error text of the API's answer
   */
  public NotFound(String what, String publicMessage) {
    super(what, null, false, false);
    this.publicMessage = publicMessage;
  }

  public NotFound(String what) {
    this(what, "Not found");
  }

  public String publicMessage() {
    return publicMessage;
  }
}
