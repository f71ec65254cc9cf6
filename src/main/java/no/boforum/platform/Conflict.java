package no.boforum.platform;

/**
 * A request that clashes with the present state: someone else changed the record meanwhile, or a
 * move is not possible from where the record is. Pages show the message; the API answers 409.
 */
public class Conflict extends RuntimeException {
  private final String messageKey;
  private final transient Object[] arguments;

  public Conflict(String messageKey, Object... arguments) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
