package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import no.boforum.platform.text.Messages;

/**
 * Suggestions while typing: titles of any kind with a word that starts with what was typed (from
 * the index), and the terms of facets that offer theirs whose label has such a word, so that "bost"
 * offers both a practice and the target group. Without the index, only terms are offered.
 */
@ApplicationScoped
public class SearchSuggestions {
  private static final Logger LOG = Logger.getLogger(SearchSuggestions.class.getName());
  static final int LIMIT = 5;

  @Inject SearchClient searchClient;
  @Inject SearchKinds kinds;

  public record Suggestions(List<TitleSuggestion> practices, List<TermSuggestion> terms) {}

  /**
   * An item whose title matches: its kind and the kind's name in the asked language, and the page
   * to open (from the portal's root).
   */
  public record TitleSuggestion(
      String slug, String title, String type, String kindLabel, String path) {}

  /** A term to filter by: {@code facet} is the address parameter, {@code code} its value. */
  public record TermSuggestion(String facet, String code, String label) {}

  /** Title and term suggestions for what was typed; nothing for less than two letters. */
  public Suggestions suggest(String typed, String language) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() < 2 || text.length() > 100) {
      return new Suggestions(List.of(), List.of());
    }
    return new Suggestions(titles(text, language), terms(text, language));
  }

  private List<TitleSuggestion> titles(String text, String language) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty()) {
      return List.of();
    }
    try {
      SearchResponse<HitSource> response =
          es.get()
              .search(
                  s ->
                      s.index(kinds.scope().indices())
                          .ignoreUnavailable(true)
                          .allowNoIndices(true)
                          .size(LIMIT)
                          .source(src -> src.filter(f -> f.includes("type", "slug", "title")))
                          .query(
                              q ->
                                  q.matchBoolPrefix(
                                      m ->
                                          m.field("title.plain")
                                              .query(text)
                                              .operator(Operator.And))),
                  HitSource.class);
      List<TitleSuggestion> found = new ArrayList<>();
      for (Hit<HitSource> hit : response.hits().hits()) {
        HitSource doc = hit.source();
        if (doc != null) {
          Optional<SearchableKind> kind = kinds.named(doc.type());
          found.add(
              new TitleSuggestion(
                  doc.slug(),
                  doc.title(),
                  doc.type(),
                  kind.map(k -> Messages.format(Messages.locale(language), k.labelKey()))
                      .orElse(null),
                  kind.map(k -> k.path(doc.slug())).orElse(null)));
        }
      }
      return found;
    } catch (IOException | RuntimeException e) {
      // Suggestions are a convenience: without the index, the terms still help.
      LOG.fine(() -> "No title suggestions: " + e);
      return List.of();
    }
  }

  private List<TermSuggestion> terms(String text, String language) {
    String prefix = text.toLowerCase(Locale.ROOT);
    List<TermSuggestion> found = new ArrayList<>();
    for (SearchFacet facet : kinds.facets()) {
      for (SearchFacet.Term term : facet.labels().suggestible(Messages.locale(language))) {
        if (found.size() < LIMIT && hasWordStartingWith(term.label(), prefix)) {
          found.add(new TermSuggestion(facet.parameter(), term.code(), term.label()));
        }
      }
    }
    return found;
  }

  /** True when the label, or one of its words, starts with the prefix (in lower case). */
  static boolean hasWordStartingWith(String label, String prefix) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.startsWith(prefix)) {
      return true;
    }
    for (String word : lower.split("[\\s/()\\-,]+")) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
