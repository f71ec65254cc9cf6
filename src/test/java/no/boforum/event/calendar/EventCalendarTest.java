package no.boforum.event.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.ICalProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
  static final Instant NOW = Instant.parse("2027-09-01T10:00:00Z");
  static final String URL = "https://boforum.no/events/nattforum";

  static CalendarEntry entry(
      String start, String end, CalendarEntry.Status status, String joinLink) {
    return new CalendarEntry(
        "event-42@boforum.no",
        3,
        LocalDateTime.parse(start),
        LocalDateTime.parse(end),
        "Nattforum om bustad; med komma, og semikolon",
        "Husbanken, Torgarden 1, Trondheim",
        "Eit forum gjennom natta.",
        URL,
        status,
        Instant.parse("2027-08-30T08:00:00Z"),
        joinLink,
        joinLink == null ? null : "Lenkje for å vere med");
  }

  static ICalendar parse(String ics) {
    ICalendar cal = Biweekly.parse(ics).first();
    assertTrue(cal != null, ics);
    return cal;
  }

  /**
   * The changes of offset that the VTIMEZONE announces until {@code until}: biweekly expands each
   * observance's RRULE from its DTSTART, and each onset is a wall-clock time in the offset it
   * changes from (RFC 5545, 3.6.5), which is how calendar programs read it.
   */
  static TreeMap<Instant, Long> changes(VTimezone tz, Instant until) {
    TimeZone utc = TimeZone.getTimeZone("UTC");
    List<Observance> observances = new ArrayList<>(tz.getStandardTimes());
    observances.addAll(tz.getDaylightSavingsTime());
    TreeMap<Instant, Long> changes = new TreeMap<>();
    for (Observance o : observances) {
      DateTimeComponents start = o.getDateStart().getValue().getRawComponents();
      long from = o.getTimezoneOffsetFrom().getValue().getMillis();
      long to = o.getTimezoneOffsetTo().getValue().getMillis();
      DateIterator onsets =
          o.getRecurrenceRule()
              .getValue()
              .getDateIterator(new ICalDate(start.toDate(utc), start, true), utc);
      while (onsets.hasNext()) {
        // The onset's wall-clock fields, read as if in UTC; minus the old offset: the instant.
        Instant onset = onsets.next().toInstant().minusMillis(from);
        if (onset.isAfter(until)) {
          break;
        }
        changes.put(onset, to);
      }
    }
    return changes;
  }

  @Test
  void theVtimezoneAgreesWithJavaFrom2024To2040() {
    VTimezone component = OsloTimezone.component();
    ZoneRules rules = OsloTimezone.ZONE.getRules();
    Instant from = ZonedDateTime.parse("2024-01-01T00:00:00+01:00[Europe/Oslo]").toInstant();
    Instant until = ZonedDateTime.parse("2041-01-01T00:00:00+01:00[Europe/Oslo]").toInstant();
    TreeMap<Instant, Long> changes = changes(component, until);
    List<Instant> nearChanges = new ArrayList<>();
    int javaChanges = 0;
    for (ZoneOffsetTransition t = rules.nextTransition(from);
        t.getInstant().isBefore(until);
        t = rules.nextTransition(t.getInstant())) {
      javaChanges++;
      assertTrue(changes.containsKey(t.getInstant()), "the VTIMEZONE changes at " + t);
      for (long s : new long[] {-7200, -3600, -60, -1, 0, 1, 60, 3599, 3600, 7200, 43200}) {
        nearChanges.add(t.getInstant().plusSeconds(s));
      }
    }
    assertEquals(2 * 17, javaChanges, "two changes a year in 2024–2040");
    List<Instant> ordinary = new ArrayList<>();
    for (Instant at = from; at.isBefore(until); at = at.plus(Duration.ofMinutes(317))) {
      ordinary.add(at);
    }
    int summer = 0;
    List<Instant> all = new ArrayList<>(nearChanges);
    all.addAll(ordinary);
    for (Instant at : all) {
      long java = rules.getOffset(at).getTotalSeconds() * 1000L;
      assertEquals(java, changes.floorEntry(at).getValue(), "offset at " + at);
      summer += java == 7_200_000L ? 1 : 0;
    }
    assertTrue(summer > 1000 && summer < all.size() - 1000, "summer and winter both seen");

    // biweekly's ICalTimeZone (what its parser uses) agrees on every day but the two change days:
    // in 0.6.8 it compares the instant's UTC fields, with a 12-hour HOUR, to the onsets' wall-clock
    // times, so on those days it errs for some hours. The portal writes with java.time instead.
    ICalTimeZone biweekly = new ICalTimeZone(component);
    int compared = 0;
    for (Instant at : ordinary) {
      if (!isChangeDay(rules, at)) {
        long offset =
            biweekly.getObservance(Date.from(at)).getTimezoneOffsetTo().getValue().getMillis();
        assertEquals(
            rules.getOffset(at).getTotalSeconds() * 1000L, offset, "ICalTimeZone at " + at);
        compared++;
      }
    }
    assertTrue(compared > ordinary.size() * 9 / 10, "nearly every instant compared: " + compared);
  }

  private static boolean isChangeDay(ZoneRules rules, Instant at) {
    ZoneOffsetTransition next = rules.nextTransition(at.minus(Duration.ofHours(36)));
    return next != null && Duration.between(at, next.getInstant()).abs().toHours() < 36;
  }

  @Test
  void anEventAcrossTheEndOfSummerTimeParsesBackToItsInstants() {
    CalendarEntry e =
        entry("2027-10-30T22:00", "2027-10-31T04:00", CalendarEntry.Status.CONFIRMED, null);
    String ics = EventCalendar.single(e, NOW);
    assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20271030T220000"), ics);
    assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
    ICalendar cal = parse(ics);
    assertEquals("PUBLISH", cal.getMethod().getValue());
    assertEquals(EventCalendar.PRODUCT_ID, cal.getProductId().getValue());
    assertEquals(1, cal.getEvents().size());
    VEvent v = cal.getEvents().get(0);
    assertEquals("event-42@boforum.no", v.getUid().getValue());
    assertEquals(3, v.getSequence().getValue());
    assertEquals(NOW, v.getDateTimeStamp().getValue().toInstant());
    assertEquals("Europe/Oslo", tzid(cal, v.getDateStart()));
    assertEquals("Europe/Oslo", tzid(cal, v.getDateEnd()));
    assertEquals(Instant.parse("2027-10-30T20:00:00Z"), v.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2027-10-31T03:00:00Z"), v.getDateEnd().getValue().toInstant());
    assertEquals("Nattforum om bustad; med komma, og semikolon", v.getSummary().getValue());
    assertEquals("Husbanken, Torgarden 1, Trondheim", v.getLocation().getValue());
    assertEquals(URL, v.getUrl().getValue());
    assertEquals("Eit forum gjennom natta.\n\n" + URL, v.getDescription().getValue());
    assertTrue(v.getStatus().isConfirmed());
    assertNull(cal.getExperimentalProperty("X-WR-CALNAME"), "a single event is not a feed");
  }

  @Test
  void anEventAcrossTheStartOfSummerTimeParsesBackToItsInstants() {
    CalendarEntry e =
        entry("2028-03-26T01:00", "2028-03-26T03:30", CalendarEntry.Status.CONFIRMED, null);
    VEvent v = parse(EventCalendar.single(e, NOW)).getEvents().get(0);
    assertEquals(Instant.parse("2028-03-26T00:00:00Z"), v.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2028-03-26T01:30:00Z"), v.getDateEnd().getValue().toInstant());
  }

  @Test
  void aCancelledEventSaysSo() {
    CalendarEntry e =
        entry("2027-11-02T09:00", "2027-11-02T15:00", CalendarEntry.Status.CANCELLED, null);
    String ics = EventCalendar.single(e, NOW);
    assertTrue(ics.contains("STATUS:CANCELLED"), ics);
    assertTrue(parse(ics).getEvents().get(0).getStatus().isCancelled());
  }

  @Test
  void aFeedIsNamedAndTheJoinLinkIsThereOnlyWhenGiven() {
    CalendarEntry open =
        entry("2027-11-02T09:00", "2027-11-02T15:00", CalendarEntry.Status.CONFIRMED, null);
    CalendarEntry mine =
        new CalendarEntry(
            "event-43@boforum.no",
            0,
            LocalDateTime.parse("2027-12-01T12:00"),
            LocalDateTime.parse("2027-12-01T13:00"),
            "Digitalt forum",
            "Digitalt",
            "På nett.",
            "https://boforum.no/events/digitalt",
            CalendarEntry.Status.TENTATIVE,
            null,
            "https://møte.example/rom",
            "Lenkje for å vere med");
    String ics = EventCalendar.feed(List.of(open, mine), "Boforum: arrangement", NOW);
    ICalendar cal = parse(ics);
    assertEquals(
        "Boforum: arrangement", cal.getExperimentalProperty("X-WR-CALNAME").getValue(), ics);
    assertEquals(2, cal.getEvents().size());
    assertFalse(cal.getEvents().get(0).getDescription().getValue().contains("møte.example"));
    VEvent second = cal.getEvents().get(1);
    assertTrue(second.getStatus().isTentative());
    assertEquals(
        "På nett.\n\nhttps://boforum.no/events/digitalt\n\n"
            + "Lenkje for å vere med: https://møte.example/rom",
        second.getDescription().getValue());
    assertEquals(1, ics.split("BEGIN:VTIMEZONE").length - 1, "one VTIMEZONE for all events");
  }

  private static String tzid(ICalendar cal, ICalProperty property) {
    TimezoneAssignment a = cal.getTimezoneInfo().getTimezone(property);
    return a == null ? null : a.getComponent().getTimezoneId().getValue();
  }
}
