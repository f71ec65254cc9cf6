package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Practices like a given one, by the words they share (Elasticsearch's more-like-this over title,
 * summary and description, in both written forms). Only published practices are in the index, so
 * only they are suggested. When the index cannot answer there are simply no suggestions: the
 * practice page must never fail for want of them.
 */
@ApplicationScoped
public class SimilarPractices {
  private static final Logger LOG = Logger.getLogger(SimilarPractices.class.getName());
  public static final int MAX = 4;

  /** A suggested practice, as a list shows it. */
  public record Similar(
      String slug, String title, String summary, String evidenceLevel, String language) {}

  @Inject SearchClient searchClient;

  public List<Similar> like(String slug) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty() || slug == null) {
      return List.of();
    }
    try {
      SearchResponse<PracticeDocument> response =
          es.get()
              .search(
                  s ->
                      s.index(PracticeIndex.ALIAS)
                          .size(MAX)
                          .query(
                              q ->
                                  q.moreLikeThis(
                                      m ->
                                          m.fields(
                                                  "title",
                                                  "title.nn",
                                                  "summary",
                                                  "summary.nn",
                                                  "body",
                                                  "body.nn")
                                              .like(
                                                  l ->
                                                      l.document(
                                                          d ->
                                                              d.index(PracticeIndex.ALIAS)
                                                                  .id(slug)))
                                              .minTermFreq(1)
                                              .minDocFreq(2)
                                              .maxQueryTerms(30)
                                              .minimumShouldMatch("25%"))),
                  PracticeDocument.class);
      return response.hits().hits().stream()
          .map(Hit::source)
          .filter(d -> d != null)
          .map(d -> new Similar(d.slug(), d.title(), d.summary(), d.evidenceLevel(), d.language()))
          .toList();
    } catch (IOException | ElasticsearchException | IllegalStateException e) {
      LOG.fine(() -> "No similar practices for " + slug + ": " + e);
      return List.of();
    }
  }
}
