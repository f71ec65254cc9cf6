package no.boforum.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods of digests, in Europe/Oslo time: a daily digest goes at the person's hour each day, a
 * weekly one at that hour on their day. A period is named by the Oslo date of its moment, so a day
 * has one daily period even when summer time begins or ends that night (an hour that does not
 * exist, 02:00 in spring, is the hour after the gap).
 */
public enum DigestPeriod {
  DAILY,
  WEEKLY;

  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  /** The latest moment of this period at or before {@code now}. */
  public ZonedDateTime lastMoment(Instant now, int hour, DayOfWeek day) {
    ZonedDateTime here = now.atZone(ZONE);
    LocalDate date = here.toLocalDate();
    if (this == WEEKLY) {
      date = date.with(TemporalAdjusters.previousOrSame(day));
    }
    ZonedDateTime moment = at(date, hour);
    if (moment.toInstant().isAfter(now)) {
      moment = at(date.minusDays(this == WEEKLY ? 7 : 1), hour);
    }
    return moment;
  }

  private static ZonedDateTime at(LocalDate date, int hour) {
    return ZonedDateTime.of(date, LocalTime.of(hour, 0), ZONE);
  }

  /** The delivery whose notifications this period's digest gathers. */
  public Delivery delivery() {
    return this == DAILY ? Delivery.DAILY : Delivery.WEEKLY;
  }
}
