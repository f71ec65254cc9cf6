package no.boforum.event.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * Europe/Oslo as a VTIMEZONE: the present EU rule (summer time from the last Sunday of March 02:00
 * to the last Sunday of October 03:00, +02:00 then, +01:00 else) in a compact component read from
 * {@code europe-oslo.ics} beside this class, so that no calendar needs the network to say what its
 * times mean. {@code EventCalendarTest} checks it against the Java runtime's time-zone data.
 */
public final class OsloTimezone {
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
  private static final VTimezone COMPONENT = load();

  private OsloTimezone() {}

  /** A copy of the component, for one calendar. */
  public static VTimezone component() {
    return new VTimezone(COMPONENT);
  }

  /**
   * Times are turned into Oslo wall-clock times by the Java runtime's rules (the events' own) and
   * written with the TZID of the component.
   */
  static TimezoneAssignment assignment() {
    return new TimezoneAssignment(TimeZone.getTimeZone(ZONE), component());
  }

  private static VTimezone load() {
    try (InputStream in = OsloTimezone.class.getResourceAsStream("europe-oslo.ics")) {
      if (in == null) {
        throw new IllegalStateException("europe-oslo.ics is missing from the class path");
      }
      ICalendar parsed = Biweekly.parse(in).first();
      VTimezone tz = parsed.getTimezoneInfo().getComponents().iterator().next();
      if (!ZONE.getId().equals(tz.getTimezoneId().getValue())) {
        throw new IllegalStateException("europe-oslo.ics is not Europe/Oslo");
      }
      return tz;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
