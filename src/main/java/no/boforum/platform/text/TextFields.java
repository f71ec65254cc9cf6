package no.boforum.platform.text;

import no.boforum.platform.InputProblem;

/**
 * Text as forms and the API deliver it: stripped, blank as missing, and refused when too long. A
 * feature names its messages by a prefix: {@code <prefix>.required} and {@code <prefix>.tooLong}
 * (with the limit and the length as arguments).
 */
public final class TextFields {
  private TextFields() {}

  /**
   * The stripped text, or null when blank; an {@link InputProblem} when longer than {@code max}.
   */
  public static String optional(String prefix, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InputProblem(field, prefix + ".tooLong", max, text.length());
    }
    return text;
  }

  /** As {@link #optional}, but a blank value is an {@link InputProblem} too. */
  public static String required(String prefix, String field, String value, int max) {
    String text = optional(prefix, field, value, max);
    if (text == null) {
      throw new InputProblem(field, prefix + ".required");
    }
    return text;
  }
}
