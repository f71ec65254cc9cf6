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
import no.boforum.search.SearchQuery;
import no.boforum.search.saved.QueryParameters;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** A saved search in words, in the page's language: «text»; Fylke: Vestland, Rogaland; Tema: ... */
@RequestScoped
public class SearchDescriptions {
  @Inject Taxonomies taxonomies;
  @Inject Language language;

  public String describe(String queryString) {
    SearchQuery query = SearchQuery.fromParameters(QueryParameters.values(queryString), 1);
    List<String> parts = new ArrayList<>();
    if (!query.text().isEmpty()) {
      parts.add("«" + query.text() + "»");
    }
    Map<SearchFacet, List<String>> chosen = new LinkedHashMap<>();
    for (Map.Entry<SearchFacet, String> e : query.chosenValues()) {
      chosen
          .computeIfAbsent(e.getKey(), f -> new ArrayList<>())
          .add(label(e.getKey(), e.getValue()));
    }
    chosen.forEach(
        (facet, labels) ->
            parts.add(
                text("practices.filter." + facet.parameter(), facet.parameter())
                    + ": "
                    + String.join(", ", labels)));
    return parts.isEmpty()
        ? text("savedSearch.everything", "savedSearch.everything")
        : String.join("; ", parts);
  }

  private String label(SearchFacet facet, String code) {
    return switch (facet) {
      case EVIDENCE -> text("evidence." + code, code);
      case STATUS -> text("practice.status." + code, code);
      case LANGUAGE -> text("content.lang." + code, code);
      default ->
          taxonomies.find(facet.taxonomy(), code, language.getTag()).map(Term::label).orElse(code);
    };
  }

  /** The bundle's text, or {@code fallback} for a key the bundles lack (an unknown code). */
  private String text(String key, String fallback) {
    Locale locale = language.getLocale();
    String text = Messages.format(locale, key);
    return text.equals(key) ? fallback : text;
  }
}
