package no.boforum.event.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.boforum.event.EventSummary;

/**
 * One month of the calendar as weeks from Monday to Sunday; each day of the month with the events
 * that start on it, in order of time. Days of the weeks outside the month are null.
 */
public record EventMonth(YearMonth month, List<List<Day>> weeks) {
  /** A day of the month and the events that start on it. */
  public record Day(LocalDate date, List<EventSummary> events) {}

  public static EventMonth of(YearMonth month, List<EventSummary> events) {
    List<EventSummary> sorted =
        events.stream().sorted(Comparator.comparing(EventSummary::startsAt)).toList();
    List<List<Day>> weeks = new ArrayList<>();
    List<Day> week = new ArrayList<>();
    int before = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    for (int i = 0; i < before; i++) {
      week.add(null);
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      week.add(
          new Day(
              date, sorted.stream().filter(e -> e.startsAt().toLocalDate().equals(date)).toList()));
      if (week.size() == 7) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(null);
      }
      weeks.add(week);
    }
    return new EventMonth(month, weeks);
  }

  public YearMonth getPrevious() {
    return month.minusMonths(1);
  }

  public YearMonth getNext() {
    return month.plusMonths(1);
  }

  /** The days of the week, Monday first, for the table's column headers. */
  public List<DayOfWeek> getWeekdays() {
    return List.of(DayOfWeek.values());
  }

  /** True if no event starts in the month. */
  public boolean isWithoutEvents() {
    return weeks.stream().flatMap(List::stream).allMatch(d -> d == null || d.events().isEmpty());
  }
}
