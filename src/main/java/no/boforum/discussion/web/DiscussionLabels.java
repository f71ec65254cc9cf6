package no.boforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.discussion.DiscussionService;
import no.boforum.discussion.DiscussionService.CategoryView;
import no.boforum.platform.web.Language;

/** How the discussion pages write categories and times, in the page's language. */
@Named
@RequestScoped
public class DiscussionLabels {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Inject DiscussionService discussions;
  @Inject Language language;
  private List<CategoryView> categories;

  public List<CategoryView> getCategories() {
    if (categories == null) {
      categories = discussions.categories(language.getLocale());
    }
    return categories;
  }

  public String category(String code) {
    Map<String, String> labels =
        getCategories().stream()
            .collect(Collectors.toMap(CategoryView::code, CategoryView::label, (a, b) -> a));
    return labels.getOrDefault(code, code);
  }

  /** A time as "2. des. 2026, 14:05" in Oslo's time, in the page's language. */
  public String time(OffsetDateTime when) {
    return when == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .format(when.atZoneSameInstant(OSLO));
  }

  public String iso(OffsetDateTime when) {
    return when == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when);
  }

  /** Categories by code, for the list's filter. */
  public Map<String, CategoryView> getByCode() {
    return getCategories().stream()
        .collect(Collectors.toMap(CategoryView::code, Function.identity(), (a, b) -> a));
  }
}
