package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.platform.text.HtmlText;

/**
 * Searches every searchable kind in Elasticsearch, with Norwegian analysis, highlighting, facets
 * that count each value with the other facets' choices kept, and a "did you mean" for misspelt
 * words, whose results it shows instead when the text as typed finds almost nothing (see {@link
 * SearchCorrection}). When the index cannot answer, it falls back to each kind's plain database
 * match and says so.
 */
@ApplicationScoped
public class SearchService {
  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  @Inject SearchClient searchClient;
  @Inject PageCache pages;
  @Inject SearchKinds kinds;
  @Inject SearchInsight insight;
  @Inject SearchMetrics metrics;

  public SearchResult search(SearchQuery query) {
    SearchResult result = answer(query);
    if (query.page() == 1 && query.publishedAfter() == null) {
      // Counted for each visitor, also those given the page from the cache.
      long total = result.total();
      pages.onEveryAnswer(() -> insight.count(query.text(), total));
    }
    return result;
  }

  private SearchResult answer(SearchQuery query) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isPresent()) {
      try {
        return new SearchAnswers(es.get(), kinds).answer(query);
      } catch (IOException e) {
        LOG.warning(() -> "Search fell back to the database: " + e.getMessage());
        metrics.fellBack(SearchMetrics.Fallback.IO);
        searchClient.reset(es.get());
      } catch (ElasticsearchException e) {
        // The server answered, but refused this query: keep the connection for everyone else.
        LOG.warning(
            () -> "Search refused by the index, fell back to the database: " + e.response());
        metrics.fellBack(SearchMetrics.Fallback.REFUSED);
      } catch (IllegalStateException e) {
        // The client stopped (its I/O reactor died, or another caller dropped it).
        LOG.warning(() -> "Search fell back to the database: " + e);
        metrics.fellBack(SearchMetrics.Fallback.STOPPED);
        searchClient.reset(es.get());
      } catch (RuntimeException e) {
        LOG.warning(() -> "Search fell back to the database: " + e);
        metrics.fellBack(SearchMetrics.Fallback.ERROR);
      }
    } else {
      metrics.fellBack(SearchMetrics.Fallback.UNAVAILABLE);
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
    return JsonpUtils.toJsonString(SearchRequests.request(query, kinds.scope()), es._jsonpMapper());
  }

  /** The indices a request spans, comma-separated, as the address of a raw search names them. */
  public String indices() {
    return String.join(",", kinds.scope().indices());
  }

  /**
   * Each kind's database matches, kind after kind (only the kinds chosen in the type facet, if
   * any): no filters, no highlights, no facets, and said to be degraded.
   */
  private SearchResult searchDatabase(SearchQuery query) {
    // A page with these hits is not kept for other visitors: the index may answer again soon.
    pages.incomplete();
    Set<String> types = query.chosen(SearchFacet.TYPE);
    int wanted = query.offset() + query.pageSize();
    long total = 0;
    List<SearchResult.Hit> all = new ArrayList<>();
    for (SearchableKind kind : kinds.all()) {
      if (!types.isEmpty() && !types.contains(kind.name())) {
        continue;
      }
      SearchableKind.FallbackPage page = kind.fallback(query.text(), 0, wanted);
      total += page.total();
      all.addAll(page.hits());
    }
    int from = Math.min(query.offset(), all.size());
    int to = Math.min(wanted, all.size());
    return SearchResult.degraded(query.text(), total, List.copyOf(all.subList(from, to)));
  }

  /** Text as HTML-escaped character data, for highlights made of plain text. */
  public static String escapeHtml(String text) {
    return HtmlText.escape(text);
  }
}
