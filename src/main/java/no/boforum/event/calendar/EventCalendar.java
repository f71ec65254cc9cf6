package no.boforum.event.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

/**
 * Writes events as one iCalendar object with METHOD:PUBLISH: each event a VEVENT in Europe/Oslo
 * with the VTIMEZONE that says what that means. Nothing about who takes part goes in; a join link
 * only where the caller put one in the entry (a private calendar).
 */
public final class EventCalendar {
  /** The media type of the API's answers. */
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  /** The type of a mailed attachment: PUBLISH tells mail programs to offer "add to calendar". */
  public static final String MAIL_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  static final String PRODUCT_ID = "-//Boforum//Arrangement//NO";
  private static final biweekly.util.Duration REFRESH =
      new biweekly.util.Duration.Builder().hours(1).build();

  private EventCalendar() {}

  /** One event, to download or to mail. */
  public static String single(CalendarEntry entry, Instant now) {
    return write(List.of(entry), null, now);
  }

  /**
   * A feed that calendar programs subscribe to: the events and a name to show, with a hint to look
   * again every hour.
   */
  public static String feed(List<CalendarEntry> entries, String name, Instant now) {
    return write(entries, name, now);
  }

  private static String write(List<CalendarEntry> entries, String name, Instant now) {
    ICalendar cal = new ICalendar();
    cal.setProductId(PRODUCT_ID);
    cal.setMethod(Method.publish());
    cal.getTimezoneInfo().setDefaultTimezone(OsloTimezone.assignment());
    if (name != null) {
      cal.setName(name);
      cal.setExperimentalProperty("X-WR-CALNAME", name);
      cal.setRefreshInterval(REFRESH);
      cal.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
    }
    for (CalendarEntry e : entries) {
      cal.addEvent(event(e, now));
    }
    return Biweekly.write(cal).go();
  }

  private static VEvent event(CalendarEntry e, Instant now) {
    VEvent v = new VEvent();
    v.setUid(e.uid());
    v.setSequence(e.sequence());
    v.setDateTimeStamp(Date.from(now));
    v.setDateStart(date(e.startsAt()));
    v.setDateEnd(date(e.endsAt()));
    v.setSummary(e.title());
    if (e.location() != null && !e.location().isBlank()) {
      v.setLocation(e.location());
    }
    v.setUrl(e.url());
    v.setDescription(e.description());
    v.setStatus(
        switch (e.status()) {
          case CONFIRMED -> Status.confirmed();
          case TENTATIVE -> Status.tentative();
          case CANCELLED -> Status.cancelled();
        });
    if (e.lastModified() != null) {
      v.setLastModified(Date.from(e.lastModified()));
    }
    return v;
  }

  private static Date date(LocalDateTime osloTime) {
    return Date.from(osloTime.atZone(OsloTimezone.ZONE).toInstant());
  }
}
