package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
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
import no.boforum.platform.pagecache.PageCache;

/**
 * Items of a kind like a given one, by the words they share (Elasticsearch's more-like-this over
 * the common title and summary and the kind's own fields, in both written forms). Only searchable
 * items are in the index, so only they are suggested. When the index cannot answer there are simply
 * no suggestions: a page must never fail for want of them.
 */
@ApplicationScoped
public class SimilarDocuments {
  private static final Logger LOG = Logger.getLogger(SimilarDocuments.class.getName());
  public static final int MAX = 4;

  /** A suggested item, as a list shows it. */
  public record Similar(
      String slug, String title, String summary, String evidenceLevel, String language) {}

  static final int KEEP_SECONDS = 60;
  private static final long KEEP_NANOS = KEEP_SECONDS * 1_000_000_000L;
  private static final int KEEP_AT_MOST = 2_000;

  private record Kept(List<Similar> items, long at) {}

  /** Recent answers of {@link #like}, the least recently used dropped beyond the bound. */
  private final Map<String, Kept> recent =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
          return size() > KEEP_AT_MOST;
        }
      };

  @Inject SearchClient searchClient;
  @Inject SearchKinds kinds;
  @Inject PageCache pages;
  @Inject SearchMetrics metrics;

  /**
   * Items of a kind whose title or text share words with {@code text} (a title as it is typed),
   * best first; none when the index cannot answer.
   */
  public List<Similar> likeText(String kindName, String text) {
    Optional<ElasticsearchClient> es = searchClient.client();
    Optional<SearchableKind> kind = kinds.named(kindName);
    if (es.isEmpty() || kind.isEmpty() || text == null || text.isBlank()) {
      if (es.isEmpty()) {
        pages.incomplete();
        kind.ifPresent(k -> metrics.similarFailed(k.name()));
      }
      return List.of();
    }
    List<String> fields =
        new ArrayList<>(List.of("title^3", "title.nn^3", "summary", "summary.nn"));
    fields.addAll(kind.get().similarityFields());
    try {
      return es
          .get()
          .search(
              s ->
                  s.index(kind.get().alias())
                      .size(MAX)
                      .source(src -> src.filter(f -> f.excludes(kind.get().hiddenFields())))
                      .query(
                          q ->
                              q.multiMatch(
                                  m -> m.query(text).fields(fields).minimumShouldMatch("2<50%"))),
              HitSource.class)
          .hits()
          .hits()
          .stream()
          .map(Hit::source)
          .filter(d -> d != null)
          .map(d -> new Similar(d.slug(), d.title(), d.summary(), d.evidenceLevel(), d.language()))
          .toList();
    } catch (IOException | ElasticsearchException | IllegalStateException e) {
      LOG.fine(() -> "No " + kindName + " like the text: " + e);
      pages.incomplete();
      metrics.similarFailed(kind.get().name());
      return List.of();
    }
  }

  /**
   * Items of a kind like the one with {@code key}, best first; none when the index cannot answer. A
   * non-empty answer is kept for {@value #KEEP_SECONDS} s (issue 19: a more-like-this query on
   * every view of a practice page was the page's largest cost under load), so an item published or
   * withdrawn meanwhile shows there or goes from there within that time.
   */
  public List<Similar> like(String kindName, String key) {
    String cacheKey = kindName + "/" + key;
    long now = System.nanoTime();
    synchronized (recent) {
      Kept kept = recent.get(cacheKey);
      if (kept != null && now - kept.at() < KEEP_NANOS) {
        return kept.items();
      }
    }
    List<Similar> found = ask(kindName, key);
    if (!found.isEmpty()) {
      synchronized (recent) {
        recent.put(cacheKey, new Kept(found, now));
      }
    }
    return found;
  }

  private List<Similar> ask(String kindName, String key) {
    Optional<ElasticsearchClient> es = searchClient.client();
    Optional<SearchableKind> kind = kinds.named(kindName);
    if (es.isEmpty() || kind.isEmpty() || key == null) {
      if (es.isEmpty()) {
        pages.incomplete();
        kind.ifPresent(k -> metrics.similarFailed(k.name()));
      }
      return List.of();
    }
    String alias = kind.get().alias();
    List<String> fields = new ArrayList<>(List.of("title", "title.nn", "summary", "summary.nn"));
    fields.addAll(kind.get().similarityFields());
    try {
      SearchResponse<HitSource> response =
          es.get()
              .search(
                  s ->
                      s.index(alias)
                          .size(MAX)
                          .source(src -> src.filter(f -> f.excludes(kind.get().hiddenFields())))
                          .query(
                              q ->
                                  q.moreLikeThis(
                                      m ->
                                          m.fields(fields)
                                              .like(l -> l.document(d -> d.index(alias).id(key)))
                                              .minTermFreq(1)
                                              .minDocFreq(2)
                                              .maxQueryTerms(30)
                                              .minimumShouldMatch("25%"))),
                  HitSource.class);
      return response.hits().hits().stream()
          .map(Hit::source)
          .filter(d -> d != null)
          .map(d -> new Similar(d.slug(), d.title(), d.summary(), d.evidenceLevel(), d.language()))
          .toList();
    } catch (IOException | ElasticsearchException | IllegalStateException e) {
      LOG.fine(() -> "No similar " + kindName + " for " + key + ": " + e);
      pages.incomplete();
      metrics.similarFailed(kind.get().name());
      return List.of();
    }
  }
}
