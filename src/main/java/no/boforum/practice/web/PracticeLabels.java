package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.stream.Collectors;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;

/**
 * Turns the codes, dates and sizes of the practice read models into words in the page's language,
 * so that every practice page shows them the same way.
 */
@Named
@RequestScoped
public class PracticeLabels {
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

  /** A county by name, a municipality as "Bergen (Vestland)". */
  public String place(String code) {
    if (code == null) {
      return "";
    }
    if (code.length() == 2) {
      return term(Taxonomies.COUNTY, code);
    }
    String lang = language.getTag();
    return taxonomies
        .find(Taxonomies.MUNICIPALITY, code, lang)
        .map(
            m ->
                m.parent() == null
                    ? m.label()
                    : m.label() + " (" + term(Taxonomies.COUNTY, m.parent()) + ")")
        .orElse(code);
  }

  /** Where a practice runs: its places, or the whole country. */
  public String places(List<String> codes, boolean national) {
    if (national || codes == null || codes.isEmpty()) {
      return national ? text("practice.national") : text("practice.unknown");
    }
    return codes.stream().map(this::place).collect(Collectors.joining(", "));
  }

  /** A date, or a date and time shown as its date, in the page's language. */
  static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  public String date(TemporalAccessor when) {
    if (when == null) {
      return "";
    }
    // Times are stored in UTC; a reader in Norway sees the day it was there.
    LocalDate day =
        when instanceof LocalDateTime t
            ? t.atZone(ZoneOffset.UTC).withZoneSameInstant(NORWAY).toLocalDate()
            : LocalDate.from(when);
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(day);
  }

  /** A file size in KB or MB, rounded as people read it. */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(language.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private String text(String key) {
    return Messages.format(language.getLocale(), key);
  }
}
