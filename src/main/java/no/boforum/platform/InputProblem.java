package no.boforum.platform;

/**
 * Input a use case refuses, with a message key from the bundles and the field it concerns. Pages
 * show the message beside the field and keep what was typed; the API answers 400 with the message.
 */
public class InputProblem extends RuntimeException {
  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public InputProblem(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey, null, false, false);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
