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

  /** A wall-clock time of Oslo, as an instant in time. */
  public static ZonedDateTime zoned(LocalDateTime local) {
    return local.atZone(ZONE);
  }
}
