package no.boforum.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The request a query sends to Elasticsearch: the text over every kind's fields, facets as
 * post-filters each counted with the other facets' choices, the order and highlights; and the
 * phrase suggesters for "did you mean", one per kind.
 */
final class SearchRequests {
  /** Facet values counted per facet: more than any taxonomy offered as a facet has terms. */
  static final int FACET_SIZE = 60;

  static final String DID_YOU_MEAN = "didYouMean";

  /** Exact up to four letters, one edit from five, two from eight. */
  static final String FUZZINESS = "AUTO:5,8";

  /** The aggregation that counts the text's hits before any facet's choice. */
  static final String TEXT_TOTAL = "textTotal";

  /** A suggestion counts only if it finds something: every one of its words, in one document. */
  private static final String COLLATE =
      "{\"match\":{\"spell\":{\"query\":\"{{suggestion}}\",\"operator\":\"and\"}}}";

  private SearchRequests() {}

  static SearchRequest request(SearchQuery query, SearchScope scope) {
    return SearchRequest.of(
        s -> {
          // A kind whose index is not there yet (new, or failing to be created) finds nothing,
          // and the others are searched as usual.
          s.index(scope.indices())
              .ignoreUnavailable(true)
              .allowNoIndices(true)
              .query(textQuery(query, scope))
              .postFilter(facetFilter(query, scope, null))
              .from(query.offset())
              .size(query.pageSize())
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.excludes(scope.hidden())))
              .highlight(highlight(scope));
          switch (query.sort()) {
            case NEWEST -> s.sort(o -> o.field(f -> newest(f)));
            case EVIDENCE -> {
              s.sort(
                  o ->
                      o.field(
                          f ->
                              f.field("evidenceRank")
                                  .order(SortOrder.Desc)
                                  .unmappedType(FieldType.Integer)));
              s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            case RELEVANCE -> {
              s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
              s.sort(o -> o.field(f -> newest(f)));
            }
          }
          for (SearchFacet facet : scope.facets()) {
            // Each facet counts with every choice but its own, so that choosing one value of a
            // facet does not hide the others: they stay to be added ("or" within a facet).
            s.aggregations(
                facet.parameter(),
                a ->
                    a.filter(facetFilter(query, scope, facet))
                        .aggregations(
                            "values", v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE))));
          }
          if (query.mayBeCorrected()) {
            // Whether a misspelling is corrected depends on the text alone, not on the filters.
            s.aggregations(TEXT_TOTAL, a -> a.filter(f -> f.matchAll(all -> all)));
          }
          return s;
        });
  }

  /**
   * "Did you mean", asked of each kind's index on its own (one msearch): a phrase suggester's
   * options are cut at the score of the text as typed, and across indices that cut is the highest
   * of any index's, so one small index (a few threads) would silence the others' suggestions.
   */
  static co.elastic.clients.elasticsearch.core.MsearchRequest didYouMean(
      SearchQuery query, SearchScope scope) {
    return co.elastic.clients.elasticsearch.core.MsearchRequest.of(
        m -> {
          for (String index : scope.indices()) {
            m.searches(
                r ->
                    r.header(h -> h.index(index).ignoreUnavailable(true).allowNoIndices(true))
                        .body(
                            b ->
                                b.size(0)
                                    .suggest(
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
                                                                                .suggestMode(
                                                                                    SuggestMode
                                                                                        .Always)
                                                                                .minWordLength(4))
                                                                    .collate(
                                                                        c ->
                                                                            c.query(
                                                                                    cq ->
                                                                                        cq.source(
                                                                                            COLLATE))
                                                                                .prune(false)))))));
          }
          return m;
        });
  }

  private static co.elastic.clients.elasticsearch._types.FieldSort.Builder newest(
      co.elastic.clients.elasticsearch._types.FieldSort.Builder f) {
    return f.field("publishedAt").order(SortOrder.Desc).unmappedType(FieldType.Date);
  }

  /** The text query, limited to items published in a window when the query says so. */
  private static Query textQuery(SearchQuery query, SearchScope scope) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  if (query.text().isEmpty()) {
                    b.must(m -> m.matchAll(all -> all));
                  } else {
                    b.must(m -> m.bool(words -> matchWords(words, query.text(), scope)));
                    // The best part of an item (a thread's post) is found and highlighted on its
                    // own; it adds to the score but is not needed for a match.
                    scope.parts().forEach(p -> b.should(bestPart(query.text(), p)));
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

  /**
   * The words in every field, or (weighing little) within a letter or two of a word in the short
   * folded fields: title, summary, classification and places, never the long texts, so that a
   * dropped letter ("bostedsløe") is forgiven without flooding the hits.
   */
  private static BoolQuery.Builder matchWords(
      BoolQuery.Builder words, String text, SearchScope scope) {
    words.should(
        s ->
            s.multiMatch(
                mm -> mm.query(text).fields(scope.fields()).type(TextQueryType.MostFields)));
    List<String> forgiving = scope.fields().stream().filter(f -> f.contains(".folded")).toList();
    if (!forgiving.isEmpty()) {
      words.should(
          s ->
              s.multiMatch(
                  mm ->
                      mm.query(text)
                          .fields(forgiving)
                          .type(TextQueryType.MostFields)
                          .fuzziness(FUZZINESS)
                          .prefixLength(2)
                          .maxExpansions(20)
                          .boost(0.3f)));
    }
    return words.minimumShouldMatch("1");
  }

  /** The name of the inner hits that hold the best part of a hit. */
  static String bestPartName(SearchableKind.Parts parts) {
    return "best-" + parts.path();
  }

  private static Query bestPart(String text, SearchableKind.Parts parts) {
    HighlightField field = HighlightField.of(h -> h.numberOfFragments(1).fragmentSize(180));
    return Query.of(
        q ->
            q.nested(
                n ->
                    n.path(parts.path())
                        .ignoreUnmapped(true)
                        .scoreMode(ChildScoreMode.Max)
                        .query(
                            iq ->
                                iq.multiMatch(
                                    mm ->
                                        mm.query(text)
                                            .fields(parts.fields())
                                            .type(TextQueryType.MostFields)))
                        .innerHits(
                            ih -> {
                              ih.name(bestPartName(parts))
                                  .size(1)
                                  .source(src -> src.fetch(false))
                                  .highlight(
                                      h -> {
                                        h.encoder(HighlighterEncoder.Html)
                                            .preTags("<mark>")
                                            .postTags("</mark>");
                                        parts.fields().forEach(f -> h.fields(f, field));
                                        return h;
                                      });
                              return ih;
                            })));
  }

  /** The chosen values of every facet but {@code except}: any value of a facet, all facets. */
  private static Query facetFilter(SearchQuery query, SearchScope scope, SearchFacet except) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  for (SearchFacet facet : scope.facets()) {
                    Set<String> chosen = query.chosen(facet.parameter());
                    if (facet != except && !chosen.isEmpty()) {
                      List<FieldValue> values = chosen.stream().map(FieldValue::of).toList();
                      b.filter(
                          f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(values))));
                    }
                  }
                  return b;
                }));
  }

  private static Highlight highlight(SearchScope scope) {
    HighlightField field = HighlightField.of(h -> h.numberOfFragments(1).fragmentSize(180));
    return Highlight.of(
        h -> {
          h.encoder(HighlighterEncoder.Html)
              .preTags("<mark>")
              .postTags("</mark>")
              .requireFieldMatch(false);
          scope.highlighted().forEach(f -> h.fields(f, field));
          return h;
        });
  }
}
