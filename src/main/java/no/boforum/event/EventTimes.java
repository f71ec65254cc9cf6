package no.boforum.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Events happen in Norway: their times are wall-clock times in Europe/Oslo. */
public final class EventTimes {
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private EventTimes() {}

  /** The wall-clock time in Oslo now. */
  public static LocalDateTime now(Clock clock) {
    return LocalDateTime.now(clock.withZone(ZONE));
  }

  /** An Oslo wall-clock time as people read it, date in full: "tysdag 2. mars 2027 09:00". */
  public static String describe(LocalDateTime osloTime, java.util.Locale locale) {
    return osloTime.format(
        java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
            .withLocale(locale));
  }

  /** An instant as people in Oslo read it. */
  public static String describe(java.time.OffsetDateTime instant, java.util.Locale locale) {
    return describe(instant.atZoneSameInstant(ZONE).toLocalDateTime(), locale);
  }

  /** A wall-clock time of Oslo, as an instant in time. */
  public static ZonedDateTime zoned(LocalDateTime local) {
    return local.atZone(ZONE);
  }
}
