package no.boforum.search.saved.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchQuery;
import no.boforum.search.saved.QueryParameters;

/** A saved search in words, in the page's language: «text»; Fylke: Vestland, Rogaland; Tema: ... */
@RequestScoped
public class SearchDescriptions {
  @Inject SearchKinds kinds;
  @Inject Language language;

  public String describe(String queryString) {
    SearchQuery query = kinds.parse(QueryParameters.values(queryString), 1);
    List<String> parts = new ArrayList<>();
    if (!query.text().isEmpty()) {
      parts.add("«" + query.text() + "»");
    }
    Map<SearchFacet, List<String>> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : query.chosenValues()) {
      SearchFacet facet = kinds.facet(e.getKey()).orElseThrow();
      chosen
          .computeIfAbsent(facet, f -> new ArrayList<>())
          .add(facet.label(e.getValue(), language.getLocale()));
    }
    chosen.forEach(
        (facet, labels) ->
            parts.add(
                text(facet.titleKey(), facet.parameter()) + ": " + String.join(", ", labels)));
    return parts.isEmpty()
        ? text("savedSearch.everything", "savedSearch.everything")
        : String.join("; ", parts);
  }

  /** The bundle's text, or {@code fallback} for a key the bundles lack (an unknown code). */
  private String text(String key, String fallback) {
    Locale locale = language.getLocale();
    String text = Messages.format(locale, key);
    return text.equals(key) ? fallback : text;
  }
}
