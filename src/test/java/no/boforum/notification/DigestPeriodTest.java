package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Digest periods in Oslo time over the changes to and from summer time (2027-03-28 and 2027-10-31):
 * one period per day (or week), none skipped, none twice, each at the chosen hour.
 */
class DigestPeriodTest {
  static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DigestPeriod.ZONE).toInstant();
  }

  /**
   * The distinct moments a clock stepping every 10 minutes from {@code from} to {@code to} sees.
   */
  static List<ZonedDateTime> moments(
      DigestPeriod period, int hour, DayOfWeek day, String from, String to) {
    TreeSet<ZonedDateTime> seen = new TreeSet<>();
    for (Instant t = oslo(from); t.isBefore(oslo(to)); t = t.plus(Duration.ofMinutes(10))) {
      ZonedDateTime m = period.lastMoment(t, hour, day);
      assertFalse(m.toInstant().isAfter(t), "a moment is never in the future: " + m + " at " + t);
      seen.add(m);
    }
    return new ArrayList<>(seen);
  }

  @Test
  void aDailyDigestAtSevenEveryDayOverTheChangeToSummerTime() {
    List<ZonedDateTime> days =
        moments(DigestPeriod.DAILY, 7, DayOfWeek.MONDAY, "2027-03-26T08:00", "2027-03-31T08:00");
    assertEquals(
        List.of("2027-03-26", "2027-03-27", "2027-03-28", "2027-03-29", "2027-03-30", "2027-03-31"),
        days.stream().map(m -> m.toLocalDate().toString()).toList());
    days.forEach(m -> assertEquals(LocalTime.of(7, 0), m.toLocalTime(), m.toString()));
    assertEquals(
        Duration.ofHours(23),
        Duration.between(days.get(1).toInstant(), days.get(2).toInstant()),
        "the night the clock springs forward is an hour short");
  }

  @Test
  void aDailyDigestAtSevenEveryDayOverTheChangeFromSummerTime() {
    List<ZonedDateTime> days =
        moments(DigestPeriod.DAILY, 7, DayOfWeek.MONDAY, "2027-10-29T08:00", "2027-11-02T08:00");
    assertEquals(5, days.size(), days.toString());
    days.forEach(m -> assertEquals(LocalTime.of(7, 0), m.toLocalTime(), m.toString()));
    assertEquals(
        Duration.ofHours(25),
        Duration.between(days.get(1).toInstant(), days.get(2).toInstant()),
        "the night the clock falls back is an hour long");
  }

  @Test
  void anHourThatDoesNotExistIsTheHourAfterAndAnHourThatComesTwiceCountsOnce() {
    List<ZonedDateTime> spring =
        moments(DigestPeriod.DAILY, 2, DayOfWeek.MONDAY, "2027-03-27T03:00", "2027-03-29T03:00");
    assertEquals(
        List.of("2027-03-27T02:00+01:00", "2027-03-28T03:00+02:00", "2027-03-29T02:00+02:00"),
        spring.stream().map(m -> m.toOffsetDateTime().toString()).toList());
    List<ZonedDateTime> autumn =
        moments(DigestPeriod.DAILY, 2, DayOfWeek.MONDAY, "2027-10-30T03:00", "2027-11-01T03:00");
    assertEquals(
        List.of("2027-10-30T02:00+02:00", "2027-10-31T02:00+02:00", "2027-11-01T02:00+01:00"),
        autumn.stream().map(m -> m.toOffsetDateTime().toString()).toList(),
        "02:00 comes twice on 31 October: one digest, at the first");
  }

  @Test
  void aWeeklyDigestOnTheChosenDayEveryWeekOverBothChanges() {
    List<ZonedDateTime> weeks =
        moments(DigestPeriod.WEEKLY, 18, DayOfWeek.SUNDAY, "2027-03-14T19:00", "2027-11-08T00:00");
    LocalDate expected = LocalDate.of(2027, 3, 14);
    for (ZonedDateTime m : weeks) {
      assertEquals(expected, m.toLocalDate(), "every Sunday, none skipped");
      assertEquals(LocalTime.of(18, 0), m.toLocalTime());
      expected = expected.plusWeeks(1);
    }
    assertTrue(weeks.size() > 30, weeks.size() + " weeks");
  }

  @Test
  void justBeforeTheHourIsStillYesterdaysPeriod() {
    ZonedDateTime m =
        DigestPeriod.DAILY.lastMoment(oslo("2027-03-28T06:59:59"), 7, DayOfWeek.MONDAY);
    assertEquals(LocalDate.of(2027, 3, 27), m.toLocalDate());
    assertEquals(
        LocalDate.of(2027, 3, 28),
        DigestPeriod.DAILY.lastMoment(oslo("2027-03-28T07:00"), 7, DayOfWeek.MONDAY).toLocalDate());
  }
}
