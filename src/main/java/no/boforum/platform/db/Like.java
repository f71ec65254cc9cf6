package no.boforum.platform.db;

import java.util.Locale;

/** Patterns for SQL's LIKE, used with {@code ESCAPE '\'} and a lower-cased column. */
public final class Like {
  /** The JPQL that follows a LIKE's pattern parameter. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private Like() {}

  /** Matches any text that contains {@code text}, lower-cased, its wildcards taken literally. */
  public static String containing(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
