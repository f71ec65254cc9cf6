package no.boforum.discussion;

import java.util.Locale;
import no.boforum.platform.InputProblem;

/** Reads a choice sent by a form or the API as one of an enum's names, in any case. */
public final class Choices {
  private Choices() {}

  /**
   * The constant named {@code raw}; a blank is {@code blank}; an unknown name is refused beside
   * {@code field} with the message {@code discussion.<field>Unknown}.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String raw, E blank) {
    if (raw == null || raw.isBlank()) {
      return blank;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem(field, "discussion." + field + "Unknown", raw);
    }
  }
}
