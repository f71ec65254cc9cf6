package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import org.owasp.html.Encoding;

/**
 * Searches practices in Elasticsearch, with Norwegian analysis, highlighting and facets. When the
 * index cannot answer, it falls back to a plain database match and says so.
 */
@ApplicationScoped
public class SearchService {
  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
  public static final List<String> FACETS = List.of("evidenceLevel", "county", "language");
  private static final List<String> FIELDS =
      List.of(
          "title^3",
          "title.nn^3",
          "summary^2",
          "summary.nn^2",
          "body",
          "body.nn",
          "ownerName",
          "attachments^0.5",
          "attachments.nn^0.5");

  @Inject SearchClient searchClient;
  @Inject PracticeService practices;
  @Inject SearchInsight insight;

  public SearchResult search(SearchQuery query) {
    SearchResult result = answer(query);
    if (query.page() == 1) {
      insight.count(query.text(), result.total());
    }
    return result;
  }

  private SearchResult answer(SearchQuery query) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isPresent()) {
      try {
        return searchIndex(es.get(), query);
      } catch (IOException e) {
        LOG.warning(() -> "Search fell back to the database: " + e.getMessage());
        searchClient.reset(es.get());
      } catch (ElasticsearchException e) {
        // The server answered, but refused this query: keep the connection for everyone else.
        LOG.warning(
            () -> "Search refused by the index, fell back to the database: " + e.response());
      } catch (IllegalStateException e) {
        // The client stopped (its I/O reactor died, or another caller dropped it).
        LOG.warning(() -> "Search fell back to the database: " + e);
        searchClient.reset(es.get());
      } catch (RuntimeException e) {
        LOG.warning(() -> "Search fell back to the database: " + e);
      }
    }
    return searchDatabase(query);
  }

  private SearchResult searchIndex(ElasticsearchClient es, SearchQuery query) throws IOException {
    SearchResponse<PracticeDocument> response =
        es.search(
            s -> {
              s.index(PracticeIndex.ALIAS)
                  .query(buildQuery(query))
                  .from(query.offset())
                  .size(query.pageSize())
                  .trackTotalHits(t -> t.enabled(true))
                  .highlight(highlight());
              FACETS.forEach(f -> s.aggregations(f, a -> a.terms(t -> t.field(f).size(30))));
              return s;
            },
            PracticeDocument.class);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<PracticeDocument> hit : response.hits().hits()) {
      PracticeDocument doc = hit.source();
      if (doc != null) {
        hits.add(new SearchResult.Hit(doc.type(), doc.slug(), doc.title(), snippet(hit, doc)));
      }
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    for (String facet : FACETS) {
      List<StringTermsBucket> buckets =
          response.aggregations().get(facet).sterms().buckets().array();
      facets.put(
          facet,
          buckets.stream()
              .map(b -> new SearchResult.FacetValue(b.key().stringValue(), b.docCount()))
              .toList());
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchResult(total, hits, facets, false);
  }

  private static Query buildQuery(SearchQuery query) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  if (query.text().isEmpty()) {
                    b.must(m -> m.matchAll(all -> all));
                  } else {
                    b.must(
                        m ->
                            m.multiMatch(
                                mm ->
                                    mm.query(query.text())
                                        .fields(FIELDS)
                                        .type(TextQueryType.MostFields)));
                  }
                  query
                      .filters()
                      .forEach(
                          (field, value) ->
                              b.filter(
                                  f -> f.term(t -> t.field(field).value(FieldValue.of(value)))));
                  return b;
                }));
  }

  private static Highlight highlight() {
    HighlightField field = HighlightField.of(h -> h.numberOfFragments(1).fragmentSize(180));
    return Highlight.of(
        h ->
            h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .requireFieldMatch(false)
                .fields("summary", field)
                .fields("summary.nn", field)
                .fields("body", field)
                .fields("body.nn", field)
                .fields("attachments", field)
                .fields("attachments.nn", field));
  }

  /** The best highlighted fragment, or the escaped summary when no field matched. */
  private static String snippet(Hit<PracticeDocument> hit, PracticeDocument doc) {
    for (String field :
        List.of("summary", "summary.nn", "body", "body.nn", "attachments", "attachments.nn")) {
      List<String> fragments = hit.highlight().get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return fragments.get(0);
      }
    }
    return escapeHtml(doc.summary());
  }

  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try {
      Encoding.encodeRcdataOnto(text, out);
    } catch (IOException e) {
      throw new IllegalStateException("A StringBuilder does not fail", e);
    }
    return out.toString();
  }

  private SearchResult searchDatabase(SearchQuery query) {
    List<PracticeSummary> found;
    long total;
    if (query.text().isEmpty()) {
      found = practices.latest(query.offset(), query.pageSize());
      total = practices.count();
    } else {
      found = practices.findByText(query.text(), query.offset(), query.pageSize());
      total = practices.countByText(query.text());
    }
    List<SearchResult.Hit> hits =
        found.stream()
            .map(
                p -> new SearchResult.Hit("practice", p.slug(), p.title(), escapeHtml(p.summary())))
            .toList();
    return new SearchResult(total, hits, Map.of(), true);
  }
}
