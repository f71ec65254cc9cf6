package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.boforum.platform.web.Language;

/** When a line of a conversation was written, in Oslo time and the page's language. */
@Named
@RequestScoped
public class ConversationTimes {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Inject Language language;

  /** A UTC moment as people read it. */
  public String time(LocalDateTime utc) {
    return utc == null
        ? ""
        : utc.atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(OSLO)
            .format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language.getLocale()));
  }

  /** The same moment for a {@code <time datetime>} attribute. */
  public String iso(LocalDateTime utc) {
    return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).toString();
  }
}
