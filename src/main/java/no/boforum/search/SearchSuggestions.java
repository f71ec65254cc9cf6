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
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/**
 * Suggestions while typing: practice titles with a word that starts with what was typed (from the
 * index), and taxonomy terms whose label has such a word (from the database), so that "bost" offers
 * both a practice and the target group. Without the index, only terms are offered.
 */
@ApplicationScoped
public class SearchSuggestions {
  private static final Logger LOG = Logger.getLogger(SearchSuggestions.class.getName());
  static final int LIMIT = 5;

  @Inject SearchClient searchClient;
  @Inject Taxonomies taxonomies;

  public record Suggestions(List<TitleSuggestion> practices, List<TermSuggestion> terms) {}

  /** A practice whose title matches: the page to open. */
  public record TitleSuggestion(String slug, String title) {}

  /** A term to filter by: {@code facet} is the address parameter, {@code code} its value. */
  public record TermSuggestion(String facet, String code, String label) {}

  /** Title and term suggestions for what was typed; nothing for less than two letters. */
  public Suggestions suggest(String typed, String language) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() < 2 || text.length() > 100) {
      return new Suggestions(List.of(), List.of());
    }
    return new Suggestions(titles(text), terms(text, language));
  }

  private List<TitleSuggestion> titles(String text) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty()) {
      return List.of();
    }
    try {
      SearchResponse<PracticeDocument> response =
          es.get()
              .search(
                  s ->
                      s.index(PracticeIndex.ALIAS)
                          .size(LIMIT)
                          .source(src -> src.filter(f -> f.includes("slug", "title")))
                          .query(
                              q ->
                                  q.matchBoolPrefix(
                                      m ->
                                          m.field("title.plain")
                                              .query(text)
                                              .operator(Operator.And))),
                  PracticeDocument.class);
      List<TitleSuggestion> found = new ArrayList<>();
      for (Hit<PracticeDocument> hit : response.hits().hits()) {
        if (hit.source() != null) {
          found.add(new TitleSuggestion(hit.source().slug(), hit.source().title()));
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
    for (SearchFacet facet : SearchFacet.values()) {
      if (facet.taxonomy() == null) {
        continue;
      }
      for (Term term : taxonomies.terms(facet.taxonomy(), language)) {
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
