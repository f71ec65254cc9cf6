package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.boforum.event.Sectors;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;

/**
 * Turns the codes and times of the event read models into words in the page's language: places and
 * sectors from the taxonomies, times as Oslo's wall clock (the read models carry its offset).
 */
@Named
@RequestScoped
public class EventLabels {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  @Inject Taxonomies taxonomies;
  @Inject Language language;

  public String term(String taxonomy, String code) {
    return taxonomies.label(taxonomy, code, language.getTag());
  }

  /** The labels of the codes, separated by commas. */
  public String terms(String taxonomy, List<String> codes) {
    return codes == null
        ? ""
        : codes.stream().map(c -> term(taxonomy, c)).collect(Collectors.joining(", "));
  }

  /** A municipality by name, as "Bergen (Vestland)"; the code itself if it is unknown. */
  public String municipality(String code) {
    if (code == null) {
      return "";
    }
    return taxonomies
        .find(Taxonomies.MUNICIPALITY, code, language.getTag())
        .map(
            m ->
                m.parent() == null
                    ? m.label()
                    : m.label() + " (" + term(Taxonomies.COUNTY, m.parent()) + ")")
        .orElse(code);
  }

  /** A sector of a seat group: an actor type, or one of the sectors of people on their own. */
  public String sector(String code) {
    return Sectors.OWN.contains(code)
        ? text("event.sector." + code)
        : term(Taxonomies.ACTOR_TYPE, code);
  }

  public String sectors(List<String> codes) {
    return codes.stream().map(this::sector).collect(Collectors.joining(", "));
  }

  /** When an event is, as "tirsdag 2. mars 2027 kl. 09:00–15:00" (or over several days). */
  public String when(OffsetDateTime start, OffsetDateTime end) {
    if (start == null || end == null) {
      return "";
    }
    LocalDateTime from = start.toLocalDateTime();
    LocalDateTime to = end.toLocalDateTime();
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return text("event.when.sameDay", day(from), CLOCK.format(from), CLOCK.format(to));
    }
    return text("event.when.days", day(from), CLOCK.format(from), day(to), CLOCK.format(to));
  }

  /** A date and time of Oslo, as "2. mars 2027 kl. 09:00". */
  public String moment(OffsetDateTime when) {
    if (when == null) {
      return "";
    }
    LocalDateTime t = when.toLocalDateTime();
    return text(
        "event.moment",
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(t),
        CLOCK.format(t));
  }

  /** The day of a date and time, as "tirsdag 2. mars 2027". */
  public String day(LocalDateTime when) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(when);
  }

  /** A time of day, as "09:00". */
  public String clock(TemporalAccessor when) {
    return when == null ? "" : CLOCK.format(when);
  }

  /** A phone number as a {@code tel:} address: its digits and a leading plus, nothing else. */
  public String tel(String phone) {
    return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public String iso(OffsetDateTime when) {
    return when == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when);
  }

  private Locale locale() {
    return language.getLocale();
  }

  private String text(String key, Object... arguments) {
    return Messages.format(locale(), key, arguments);
  }
}
