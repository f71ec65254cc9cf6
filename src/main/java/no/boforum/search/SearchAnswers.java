package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One search sent to the index and its answer read: hits, facet counts and "did you mean"; and,
 * when the text as typed finds almost nothing, the search for its correction (see {@link
 * SearchCorrection}).
 */
final class SearchAnswers {
  private static final Logger LOG = Logger.getLogger(SearchAnswers.class.getName());

  /** As long as the client's socket timeout: the search waits no longer for its suggestion. */
  private static final long SUGGESTION_WAIT_SECONDS = 15;

  private final ElasticsearchClient es;
  private final SearchKinds kinds;

  SearchAnswers(ElasticsearchClient es, SearchKinds kinds) {
    this.es = es;
    this.kinds = kinds;
  }

  /** A page of hits, and how many the text finds before the facets' choices (0 if not counted). */
  private record Found(SearchResult result, long textTotal) {}

  SearchResult answer(SearchQuery query) throws IOException {
    // "Did you mean" is offered on the first page: asked there alongside the search rather than
    // after it (it was most of the 20 ms the API added to a first page, docs/benchmarks.md).
    CompletableFuture<MsearchResponse<HitSource>> early =
        query.page() == 1 && !query.text().isEmpty() ? askSuggestion(query) : null;
    Found typed;
    try {
      typed = hits(query);
    } catch (IOException | RuntimeException e) {
      if (early != null) {
        early.cancel(true);
      }
      throw e;
    }
    boolean mayCorrect = SearchCorrection.worthAsking(query, typed.textTotal());
    try {
      // A search that may be corrected asks on every page, so that each page of a corrected
      // search is corrected alike.
      String suggestion = null;
      if (early != null) {
        suggestion = checked(query, best(query, awaited(early)));
      } else if (mayCorrect) {
        suggestion = didYouMean(query);
      }
      if (suggestion == null) {
        return typed.result();
      }
      if (mayCorrect) {
        Found corrected = hits(query.withText(suggestion).withPage(query.page()));
        if (SearchCorrection.worthShowing(typed.textTotal(), corrected.textTotal())) {
          return corrected.result().correcting(query.text());
        }
      }
      return query.page() == 1 ? typed.result().suggesting(suggestion) : typed.result();
    } catch (IOException | RuntimeException e) {
      // The hits as typed are in hand: a failure of the suggestion or the correction costs only
      // those, not the page (nor the shared connection, which the search itself just used).
      LOG.log(Level.INFO, "No spelling suggestion for a search: {0}", String.valueOf(e));
      return typed.result();
    }
  }

  /** The hits and facets of the text as the query has it, without a suggestion. */
  private Found hits(SearchQuery query) throws IOException {
    SearchScope scope = kinds.scope();
    SearchResponse<HitSource> response =
        es.search(SearchRequests.request(query, scope), HitSource.class);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<HitSource> hit : response.hits().hits()) {
      HitSource doc = hit.source();
      if (doc != null) {
        hits.add(
            new SearchResult.Hit(
                doc.type(),
                doc.slug(),
                doc.title(),
                snippet(hit, doc, scope),
                doc.evidenceLevel(),
                doc.ownerName(),
                doc.publishedAt(),
                kinds.named(doc.type()).map(k -> k.path(doc.slug())).orElse(null)));
      }
    }
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    for (SearchFacet facet : scope.facets()) {
      facets.put(facet.parameter(), facetValues(query, facet, response));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    Aggregate textTotal = response.aggregations().get(SearchRequests.TEXT_TOTAL);
    return new Found(
        new SearchResult(total, hits, facets, false, null, query.text(), null),
        textTotal == null ? 0 : textTotal.filter().docCount());
  }

  /**
   * A corrected spelling, offered only when search reads it differently from the text as typed: a
   * word that is only written differently ("bustadlaus" for "bustadlause", joined by the synonyms)
   * gets none. Comparing the analysed words costs one small request, and only with a candidate.
   */
  private String didYouMean(SearchQuery query) throws IOException {
    return checked(query, suggestion(query));
  }

  /** The candidate, unless search reads it as it reads the text as typed. */
  private String checked(SearchQuery query, String candidate) throws IOException {
    if (candidate == null) {
      return null;
    }
    try {
      return words(candidate).equals(words(query.text())) ? null : candidate;
    } catch (ElasticsearchException e) {
      return null; // the index the words are analysed in is not there: no suggestion
    }
  }

  /** The words of a text as the shared bokmål analysis indexes them: synonyms joined, stems. */
  private Set<String> words(String text) throws IOException {
    // Every kind's index has the same nb_text; the first one that is there analyses (a kind whose
    // index is missing or being rebuilt must not take "did you mean" from the others).
    ElasticsearchException missing = null;
    for (String index : kinds.scope().indices()) {
      try {
        return es
            .indices()
            .analyze(a -> a.index(index).analyzer("nb_text").text(text))
            .tokens()
            .stream()
            .map(AnalyzeToken::token)
            .collect(Collectors.toSet());
      } catch (ElasticsearchException e) {
        missing = e;
      }
    }
    throw missing != null ? missing : new IllegalStateException("no searchable kind");
  }

  private static List<SearchResult.FacetValue> facetValues(
      SearchQuery query, SearchFacet facet, SearchResponse<HitSource> response) {
    Aggregate agg = response.aggregations().get(facet.parameter());
    List<StringTermsBucket> buckets =
        agg.filter().aggregations().get("values").sterms().buckets().array();
    Set<String> chosen = query.chosen(facet.parameter());
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
    if (facet.order() != null) {
      values.sort((a, b) -> facet.order().compare(a.value(), b.value()));
    }
    return values;
  }

  /**
   * The corrected text when a kind's index knows a better spelling that finds something: the
   * best-scored of the kinds' suggestions. None for an empty text.
   */
  private String suggestion(SearchQuery query) throws IOException {
    if (query.text().isEmpty()) {
      return null;
    }
    return best(
        query, es.msearch(SearchRequests.didYouMean(query, kinds.scope()), HitSource.class));
  }

  /** Sends "did you mean" without waiting for its answer. */
  private CompletableFuture<MsearchResponse<HitSource>> askSuggestion(SearchQuery query) {
    return new ElasticsearchAsyncClient(es._transport(), es._transportOptions())
        .msearch(SearchRequests.didYouMean(query, kinds.scope()), HitSource.class);
  }

  /** The answer of a request sent early, failing as the same request sent now would. */
  private static <T> T awaited(CompletableFuture<T> answer) throws IOException {
    try {
      return answer.get(SUGGESTION_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new IOException("The spelling suggestion did not answer in time", e);
    } catch (InterruptedException e) {
      // As the synchronous client does: a runtime failure, which does not reset the connection.
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw new UncheckedIOException(
          new InterruptedIOException("Interrupted waiting for the index"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(String.valueOf(cause), cause);
    }
  }

  /** The best-scored suggestion of the kinds' answers that finds something; null if none. */
  private static String best(SearchQuery query, MsearchResponse<HitSource> answers) {
    String best = null;
    double bestScore = -1;
    for (MultiSearchResponseItem<HitSource> item : answers.responses()) {
      if (!item.isResult()) {
        // A kind whose index failed offers nothing; said, since a node without a module the
        // suggester needs (Mustache, for its collate query) fails only here.
        LOG.fine(() -> "No suggestion from one kind's index: " + item.failure().error().reason());
        continue;
      }
      List<Suggestion<HitSource>> suggestions =
          item.result().suggest().get(SearchRequests.DID_YOU_MEAN);
      for (Suggestion<HitSource> s :
          suggestions == null ? List.<Suggestion<HitSource>>of() : suggestions) {
        if (!s.isPhrase()) {
          continue;
        }
        for (var option : s.phrase().options()) {
          String text = option.text();
          boolean findsSomething = !Boolean.FALSE.equals(option.collateMatch());
          if (findsSomething
              && !text.equalsIgnoreCase(query.text().toLowerCase(Locale.ROOT))
              && option.score() > bestScore) {
            best = text;
            bestScore = option.score();
          }
        }
      }
    }
    return best;
  }

  /**
   * The highlight of the best-matching part (a thread's post) if the hit has one, else the best
   * highlighted fragment, or the escaped summary when no field matched.
   */
  private static String snippet(Hit<HitSource> hit, HitSource doc, SearchScope scope) {
    for (SearchableKind.Parts parts : scope.parts()) {
      var inner = hit.innerHits().get(SearchRequests.bestPartName(parts));
      if (inner != null && !inner.hits().hits().isEmpty()) {
        var best = inner.hits().hits().get(0).highlight();
        for (String field : parts.fields()) {
          List<String> fragments = best.get(field);
          if (fragments != null && !fragments.isEmpty()) {
            return fragments.get(0);
          }
        }
      }
    }
    for (String field : scope.highlighted()) {
      List<String> fragments = hit.highlight().get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return fragments.get(0);
      }
    }
    return SearchService.escapeHtml(doc.summary() == null ? "" : doc.summary());
  }
}
