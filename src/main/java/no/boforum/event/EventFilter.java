package no.boforum.event;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Which published events a list shows: upcoming (not yet ended, soonest first) or past (latest
 * first), narrowed by a county, a theme, a format and a month. Cancelled events stay in the lists
 * with their notice; drafts never appear.
 *
 * @param county two digits; a digital event without a place is in no county
 * @param month the month the event starts in (Europe/Oslo)
 * @param takingPlace only events that will take place: no cancelled ones (the home page)
 * @param changedSince only events changed after this UTC time (the harvesters' {@code
 *     changedSince}); null: any
 */
public record EventFilter(
    boolean past,
    String county,
    String theme,
    EventFormat format,
    YearMonth month,
    boolean takingPlace,
    LocalDateTime changedSince) {

  /** The next events that will take place, for the home page. */
  public static final EventFilter NEXT = new EventFilter(false, null, null, null, null, true);

  public EventFilter(
      boolean past, String county, String theme, EventFormat format, YearMonth month) {
    this(past, county, theme, format, month, false);
  }

  public EventFilter(
      boolean past,
      String county,
      String theme,
      EventFormat format,
      YearMonth month,
      boolean takingPlace) {
    this(past, county, theme, format, month, takingPlace, null);
  }
}
