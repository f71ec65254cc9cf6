package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.json.JsonpUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import org.owasp.html.Encoding;

/**
 * Searches practices in Elasticsearch, with Norwegian analysis, highlighting, facets that count
 * each value with the other facets' choices kept, and a "did you mean" for misspelt words. When the
 * index cannot answer, it falls back to a plain database match and says so.
 */
@ApplicationScoped
public class SearchService {
  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  /** Facet values counted per facet: more than any taxonomy offered as a facet has terms. */
  static final int FACET_SIZE = 60;

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
  private static final List<String> HIGHLIGHTED =
      List.of("summary", "summary.nn", "body", "body.nn", "attachments", "attachments.nn");
  private static final String DID_YOU_MEAN = "didYouMean";

  @Inject SearchClient searchClient;
  @Inject PracticeService practices;
  @Inject SearchInsight insight;

  public SearchResult search(SearchQuery query) {
    SearchResult result = answer(query);
    if (query.page() == 1 && query.publishedAfter() == null) {
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

  /**
   * The body of the request this query sends to the index, as JSON: the benchmark replays it
   * against Elasticsearch directly to measure what the portal adds.
   */
  public String requestBody(SearchQuery query) {
    ElasticsearchClient es =
        searchClient.client().orElseThrow(() -> new SearchUnavailableException("no index"));
    return JsonpUtils.toJsonString(request(query), es._jsonpMapper());
  }

  static SearchRequest request(SearchQuery query) {
    return SearchRequest.of(
        s -> {
          s.index(PracticeIndex.ALIAS)
              .query(textQuery(query))
              .postFilter(facetFilter(query, null))
              .from(query.offset())
              .size(query.pageSize())
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.excludes("body", "attachments")))
              .highlight(highlight());
          switch (query.sort()) {
            case NEWEST -> s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            case EVIDENCE -> {
              s.sort(o -> o.field(f -> f.field("evidenceRank").order(SortOrder.Desc)));
              s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            case RELEVANCE -> {
              s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
              s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            }
          }
          for (SearchFacet facet : SearchFacet.values()) {
            // Each facet counts with every choice but its own, so that choosing one value of a
            // facet does not hide the others: they stay to be added ("or" within a facet).
            s.aggregations(
                facet.parameter(),
                a ->
                    a.filter(facetFilter(query, facet))
                        .aggregations(
                            "values", v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE))));
          }
          if (!query.text().isEmpty() && query.page() == 1) {
            s.suggest(
                sg ->
                    sg.text(query.text())
                        .suggesters(
                            DID_YOU_MEAN,
                            fs ->
                                fs.phrase(
                                    p ->
                                        p.field("spell")
                                            .size(1)
                                            .gramSize(1)
                                            .maxErrors(2.0)
                                            .directGenerator(
                                                d ->
                                                    d.field("spell")
                                                        .suggestMode(SuggestMode.Always)
                                                        .minWordLength(4))
                                            .collate(
                                                c ->
                                                    c.query(
                                                            cq ->
                                                                cq.source(
                                                                    "{\"match\":{\"spell\":{\"query\":"
                                                                        + "\"{{suggestion}}\","
                                                                        + "\"operator\":\"and\"}}}"))
                                                        .prune(false)))));
          }
          return s;
        });
  }

  /** The text query, limited to practices published after a moment when the query says so. */
  private static Query textQuery(SearchQuery query) {
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
                  if (query.publishedAfter() != null) {
                    String after =
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(query.publishedAfter());
                    b.filter(f -> f.range(r -> r.date(d -> d.field("publishedAt").gt(after))));
                  }
                  if (query.publishedUpTo() != null) {
                    String upTo =
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(query.publishedUpTo());
                    b.filter(f -> f.range(r -> r.date(d -> d.field("publishedAt").lte(upTo))));
                  }
                  return b;
                }));
  }

  /** The chosen values of every facet but {@code except}: any value of a facet, all facets. */
  private static Query facetFilter(SearchQuery query, SearchFacet except) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  for (SearchFacet facet : SearchFacet.values()) {
                    Set<String> chosen = query.chosen(facet);
                    if (facet != except && !chosen.isEmpty()) {
                      List<FieldValue> values = chosen.stream().map(FieldValue::of).toList();
                      b.filter(
                          f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(values))));
                    }
                  }
                  return b;
                }));
  }

  private SearchResult searchIndex(ElasticsearchClient es, SearchQuery query) throws IOException {
    SearchResponse<PracticeDocument> response = es.search(request(query), PracticeDocument.class);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<PracticeDocument> hit : response.hits().hits()) {
      PracticeDocument doc = hit.source();
      if (doc != null) {
        hits.add(
            new SearchResult.Hit(
                doc.type(),
                doc.slug(),
                doc.title(),
                snippet(hit, doc),
                doc.evidenceLevel(),
                doc.ownerName(),
                doc.publishedAt()));
      }
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    for (SearchFacet facet : SearchFacet.values()) {
      facets.put(facet.parameter(), facetValues(query, facet, response));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchResult(total, hits, facets, false, didYouMean(es, query, response));
  }

  /**
   * A corrected spelling, offered only when search reads it differently from the text as typed: a
   * word that is only written differently ("bustadlaus" for "bustadlause", joined by the synonyms)
   * gets none. Comparing the analysed words costs one small request, and only when there is a
   * candidate; counting the practices each finds (the first way) cost two more text searches.
   */
  private static String didYouMean(
      ElasticsearchClient es, SearchQuery query, SearchResponse<PracticeDocument> response)
      throws IOException {
    String candidate = suggestion(query, response);
    if (candidate == null) {
      return null;
    }
    return words(es, candidate).equals(words(es, query.text())) ? null : candidate;
  }

  /** The words of a text as the bokmål analysis indexes them: synonyms joined, stems. */
  private static Set<String> words(ElasticsearchClient es, String text) throws IOException {
    return es
        .indices()
        .analyze(a -> a.index(PracticeIndex.ALIAS).analyzer("nb_text").text(text))
        .tokens()
        .stream()
        .map(AnalyzeToken::token)
        .collect(Collectors.toSet());
  }

  private static List<SearchResult.FacetValue> facetValues(
      SearchQuery query, SearchFacet facet, SearchResponse<PracticeDocument> response) {
    Aggregate agg = response.aggregations().get(facet.parameter());
    List<StringTermsBucket> buckets =
        agg.filter().aggregations().get("values").sterms().buckets().array();
    Set<String> chosen = query.chosen(facet);
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (StringTermsBucket b : buckets) {
      String value = b.key().stringValue();
      values.add(new SearchResult.FacetValue(value, b.docCount(), chosen.contains(value)));
    }
    // A chosen value that no hit has (an old link) stays listed, so it can be removed.
    for (String value : chosen) {
      if (values.stream().noneMatch(v -> v.value().equals(value))) {
        values.add(new SearchResult.FacetValue(value, 0, true));
      }
    }
    if (facet == SearchFacet.EVIDENCE) {
      values.sort(
          Comparator.comparingInt((SearchResult.FacetValue v) -> -evidenceOrder(v.value())));
    }
    return values;
  }

  private static int evidenceOrder(String code) {
    Integer rank = PracticeDocument.evidenceRank(code);
    return rank == null ? 0 : rank;
  }

  /** The corrected text when the index knows a better spelling that finds something. */
  private static String suggestion(SearchQuery query, SearchResponse<PracticeDocument> response) {
    List<Suggestion<PracticeDocument>> suggestions = response.suggest().get(DID_YOU_MEAN);
    if (suggestions == null) {
      return null;
    }
    for (Suggestion<PracticeDocument> s : suggestions) {
      if (s.isPhrase()) {
        for (var option : s.phrase().options()) {
          String text = option.text();
          boolean findsSomething = !Boolean.FALSE.equals(option.collateMatch());
          if (findsSomething && !text.equalsIgnoreCase(query.text().toLowerCase(Locale.ROOT))) {
            return text;
          }
        }
      }
    }
    return null;
  }

  private static Highlight highlight() {
    HighlightField field = HighlightField.of(h -> h.numberOfFragments(1).fragmentSize(180));
    return Highlight.of(
        h -> {
          h.encoder(HighlighterEncoder.Html)
              .preTags("<mark>")
              .postTags("</mark>")
              .requireFieldMatch(false);
          HIGHLIGHTED.forEach(f -> h.fields(f, field));
          return h;
        });
  }

  /** The best highlighted fragment, or the escaped summary when no field matched. */
  private static String snippet(Hit<PracticeDocument> hit, PracticeDocument doc) {
    for (String field : HIGHLIGHTED) {
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
                p ->
                    new SearchResult.Hit(
                        "practice",
                        p.slug(),
                        p.title(),
                        escapeHtml(p.summary()),
                        p.evidenceLevel(),
                        p.owner() == null ? null : p.owner().name(),
                        null))
            .toList();
    return SearchResult.degraded(total, hits);
  }
}
