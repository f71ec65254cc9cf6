package no.boforum.opendata.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import no.boforum.platform.text.SpreadsheetText;

/** Values as the export writes them: times in UTC to the second, dates as ISO dates. */
final class Cells {
  private Cells() {}

  /** A value for JSON: text, number, boolean or null. */
  static Object plain(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC).toString();
    }
    if (value instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    return value;
  }

  /**
   * A value for CSV: text, empty for none; text that a spreadsheet would take for a formula gets an
   * apostrophe first (JSON keeps it as written).
   */
  static String text(Object value) {
    Object plain = plain(value);
    if (plain instanceof String s) {
      return SpreadsheetText.safe(s);
    }
    return plain == null ? "" : plain.toString();
  }
}
