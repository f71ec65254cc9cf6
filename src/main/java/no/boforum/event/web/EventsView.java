package no.boforum.event.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.event.EventFilter;
import no.boforum.event.EventFormat;
import no.boforum.event.EventService;
import no.boforum.event.EventSummary;
import no.boforum.event.EventTimes;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.Paging;

/**
 * {@code /events}: the public calendar. Upcoming events first (soonest first), past ones on their
 * own tab ({@code ?past=true}, latest first), or one month as a calendar ({@code
 * ?view=month&month=2027-03}); narrowed by county, theme, format and month. Every choice is in the
 * address (a GET form, plain links), so each list can be shared and works without scripts.
 */
@Named
@RequestScoped
public class EventsView {
  static final int PAGE_SIZE = 20;

  /** How many events one month's calendar shows at most, upcoming and past each. */
  static final int MONTH_LIMIT = 300;

  /** The filters the form offers, in the order of the address. */
  static final List<String> FILTERS = List.of("county", "theme", "format", "month");

  /** Which list the page shows. */
  public enum Tab {
    UPCOMING,
    PAST,
    MONTH
  }

  @Inject EventService events;
  @Inject Language language;
  @Inject HttpServletRequest request;
  Clock clock = Clock.systemUTC();

  private final Map<String, String> chosen = new LinkedHashMap<>();
  private Tab tab = Tab.UPCOMING;
  private YearMonth month;
  private long total;
  private Paging paging = Paging.of(1, 0, PAGE_SIZE);
  private List<EventSummary> items = List.of();
  private EventMonth calendar;

  @PostConstruct
  void load() {
    for (String name : FILTERS) {
      String value = request.getParameter(name);
      if (value != null && !value.isBlank()) {
        chosen.put(name, value.strip());
      }
    }
    month = month(chosen.get("month"));
    if (month == null) {
      chosen.remove("month");
    }
    EventFormat format = format(chosen.get("format"));
    if (format == null) {
      chosen.remove("format");
    }
    if ("month".equals(request.getParameter("view"))) {
      tab = Tab.MONTH;
      YearMonth shown = month == null ? YearMonth.from(EventTimes.now(clock)) : month;
      List<EventSummary> all = new ArrayList<>();
      all.addAll(events.list(filter(true, format, shown), 0, MONTH_LIMIT));
      all.addAll(events.list(filter(false, format, shown), 0, MONTH_LIMIT));
      calendar = EventMonth.of(shown, all);
      return;
    }
    tab = "true".equals(request.getParameter("past")) ? Tab.PAST : Tab.UPCOMING;
    EventFilter filter = filter(tab == Tab.PAST, format, month);
    total = events.count(filter);
    paging = Paging.of(Paging.pageParameter(request.getParameter("page")), total, PAGE_SIZE);
    items = events.list(filter, paging.offset(), PAGE_SIZE);
  }

  private EventFilter filter(boolean past, EventFormat format, YearMonth month) {
    return new EventFilter(past, chosen.get("county"), chosen.get("theme"), format, month);
  }

  private static YearMonth month(String value) {
    try {
      return value == null ? null : YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static EventFormat format(String value) {
    try {
      return value == null ? null : EventFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True if a filter narrows the list. */
  public boolean isFiltered() {
    return chosen.keySet().stream().anyMatch(k -> tab != Tab.MONTH || !k.equals("month"));
  }

  /** The chosen value of a filter, for marking the selected option. */
  public Map<String, String> getChosen() {
    return chosen;
  }

  /** The months the month filter offers: a year ahead, or a year back for past events. */
  public List<YearMonth> getMonths() {
    YearMonth now = YearMonth.from(EventTimes.now(clock));
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      months.add(tab == Tab.PAST ? now.minusMonths(i) : now.plusMonths(i));
    }
    if (month != null && !months.contains(month)) {
      months.add(0, month);
    }
    return months;
  }

  /** A month as "mars 2027" in the page's language. */
  public String monthName(YearMonth m) {
    return DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(m);
  }

  /** A day of the week in the page's language: "mandag", or "man." when {@code full} is false. */
  public String weekday(DayOfWeek day, boolean full) {
    return day.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, language.getLocale());
  }

  /** The address of a tab, keeping the filters (but not the month's calendar for the lists). */
  public String tabLink(String name) {
    Tab target = Tab.valueOf(name);
    Map<String, String> params = new LinkedHashMap<>();
    if (target == Tab.MONTH) {
      params.put("view", "month");
    } else if (target == Tab.PAST) {
      params.put("past", "true");
    }
    chosen.forEach(
        (k, v) -> {
          if (!k.equals("month") || target == Tab.MONTH || tab != Tab.MONTH) {
            params.put(k, v);
          }
        });
    return address(params);
  }

  /** The calendar of another month, keeping the filters. */
  public String monthLink(YearMonth m) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("view", "month");
    chosen.forEach(params::put);
    params.put("month", m.toString());
    return address(params);
  }

  /** This list at another page, keeping the tab and the filters. */
  public String pageLink(int n) {
    Map<String, String> params = new LinkedHashMap<>();
    if (tab == Tab.PAST) {
      params.put("past", "true");
    }
    chosen.forEach(params::put);
    params.put("page", String.valueOf(n));
    return address(params);
  }

  /** The address of the list without filters, on the same tab. */
  public String getClearLink() {
    Map<String, String> params = new LinkedHashMap<>();
    if (tab == Tab.PAST) {
      params.put("past", "true");
    } else if (tab == Tab.MONTH) {
      params.put("view", "month");
      params.put("month", calendar.month().toString());
    }
    return address(params);
  }

  private String address(Map<String, String> params) {
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return request.getContextPath() + "/events" + (query.isEmpty() ? "" : "?" + query);
  }

  public String getTab() {
    return tab.name();
  }

  public List<EventSummary> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return paging.page();
  }

  public int getPages() {
    return paging.pages();
  }

  public EventMonth getCalendar() {
    return calendar;
  }
}
