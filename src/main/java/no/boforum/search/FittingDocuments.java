package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Items of a kind that fit a description, ranked by the engine: each clause the description makes
 * (a shared code, a place, words in common) is named, scores its fixed weight when it holds, and
 * comes back with the hit as one of the reasons it was found. At least one of the {@code topics}
 * clauses must hold; the {@code nearness} ones only order what does. When the index cannot answer,
 * the answer is empty, never an error: a page must not fail for want of suggestions.
 */
@ApplicationScoped
public class FittingDocuments {
  private static final Logger LOG = Logger.getLogger(FittingDocuments.class.getName());

  /**
   * One thing a fitting item may share: {@code field} holds {@code value} (or, with a null value,
   * holds nothing at all), worth {@code weight}; {@code name} is the reason it gives.
   */
  public record Clause(String name, String field, String value, float weight) {}

  /**
   * What to look for in {@code kind}: topics (one must hold) and nearness clauses, the text whose
   * words count as a topic (worth {@code textWeight}), and exact filters on keyword fields.
   */
  public record Description(
      String kind,
      List<Clause> topics,
      List<Clause> nearness,
      String text,
      float textWeight,
      List<Clause> required,
      List<Clause> excluded,
      int size) {}

  /** A fitting item: its key, page, texts and the names of the clauses that held. */
  public record Fit(
      String key, String path, String title, String summary, double score, List<String> reasons) {}

  /** The name of the text clause among a fit's reasons. */
  public static final String TEXT = "text";

  /**
   * The weight of the words' own score: it orders ties, never a code or a place. A more-like-this
   * score is a sum of at most 25 terms' BM25 scores, each at most idf × (k1 + 1) ≈ 12 × 2.2 even in
   * a large index, so at most about 660; at this weight under 0.7, below the smallest clause (1).
   */
  private static final float TIE_BREAK = 0.001f;

  @Inject SearchClient searchClient;
  @Inject SearchKinds kinds;

  /** What fits, best first; none when the index cannot answer. */
  public List<Fit> find(Description d) {
    try {
      return require(d);
    } catch (SearchUnavailableException e) {
      LOG.fine(() -> "No " + d.kind() + " fits: " + e.getMessage());
      return List.of();
    }
  }

  /**
   * What fits, best first, for work that must know the difference between nothing fitting and no
   * answer.
   *
   * @throws SearchUnavailableException when the index cannot answer
   */
  public List<Fit> require(Description d) {
    Optional<ElasticsearchClient> es = searchClient.client();
    Optional<SearchableKind> kind = kinds.named(d.kind());
    if (kind.isEmpty()) {
      return List.of();
    }
    if (es.isEmpty()) {
      throw new SearchUnavailableException("no connection to the index");
    }
    try {
      return es
          .get()
          .search(
              s ->
                  s.index(kind.get().alias())
                      .size(d.size())
                      .trackScores(true)
                      .source(src -> src.filter(f -> f.excludes(kind.get().hiddenFields())))
                      .query(q -> q.bool(b -> query(b, d, kind.get()))),
              HitSource.class)
          .hits()
          .hits()
          .stream()
          .filter(h -> h.source() != null)
          .map(h -> fit(h, kind.get()))
          .toList();
    } catch (ElasticsearchException e) {
      if (e.status() >= 500 || e.status() == 404 || e.status() == 429) {
        throw new SearchUnavailableException(d.kind() + ": " + e);
      }
      // A query the index refuses will be refused again: nothing fits, rather than waiting forever.
      LOG.warning(() -> "The index refused a " + d.kind() + " fit query: " + e);
      return List.of();
    } catch (IOException | IllegalStateException e) {
      throw new SearchUnavailableException(d.kind() + ": " + e);
    }
  }

  private static BoolQuery.Builder query(BoolQuery.Builder b, Description d, SearchableKind kind) {
    List<Query> topics = new ArrayList<>();
    d.topics().forEach(c -> topics.add(scored(c)));
    if (d.text() != null && !d.text().isBlank()) {
      List<String> fields = new ArrayList<>(List.of("title", "title.nn", "summary", "summary.nn"));
      fields.addAll(kind.similarityFields());
      Query words = wordsInCommon(d.text(), fields, 1);
      topics.add(
          Query.of(
              q -> q.constantScore(s -> s.filter(words).boost(d.textWeight()).queryName(TEXT))));
      // How many words: only enough to order items that share the same codes and places.
      b.should(wordsInCommon(d.text(), fields, TIE_BREAK));
    }
    b.must(m -> m.bool(t -> t.should(topics).minimumShouldMatch("1")));
    d.nearness().forEach(c -> b.should(scored(c)));
    d.required().forEach(c -> b.filter(matches(c)));
    d.excluded().forEach(c -> b.mustNot(matches(c)));
    return b;
  }

  /** Items that share enough of the text's telling words (a fifth of the 25 most telling). */
  private static Query wordsInCommon(String text, List<String> fields, float boost) {
    return Query.of(
        q ->
            q.moreLikeThis(
                m ->
                    m.fields(fields)
                        .like(l -> l.text(text))
                        .minTermFreq(1)
                        .minDocFreq(1)
                        .maxQueryTerms(25)
                        .minimumShouldMatch("20%")
                        .boost(boost)));
  }

  /** A clause worth its weight whatever the term's frequency, named for the reasons. */
  private static Query scored(Clause c) {
    return Query.of(
        q -> q.constantScore(s -> s.filter(matches(c)).boost(c.weight()).queryName(c.name())));
  }

  private static Query matches(Clause c) {
    if (c.value() == null) {
      return Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field(c.field())))));
    }
    return Query.of(q -> q.term(t -> t.field(c.field()).value(FieldValue.of(c.value()))));
  }

  private static Fit fit(Hit<HitSource> h, SearchableKind kind) {
    HitSource s = h.source();
    return new Fit(
        h.id(),
        kind.path(h.id()),
        s.title(),
        s.summary(),
        h.score() == null ? 0 : h.score(),
        h.matchedQueries() == null ? List.of() : List.copyOf(h.matchedQueries()));
  }
}
