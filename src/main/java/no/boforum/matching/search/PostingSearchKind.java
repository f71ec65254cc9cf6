package no.boforum.matching.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.matching.MatchingChanges;
import no.boforum.matching.MatchingRepository;
import no.boforum.matching.MatchingViews;
import no.boforum.matching.Posting;
import no.boforum.matching.PostingDetails;
import no.boforum.search.IndexDocument;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchableKind;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TaxonomyFacetLabels;

/**
 * Needs and offers as a searchable kind: every posting, in every state (the state is a facet),
 * under its id, in the alias {@code matching} (mapping {@code postings-v1.json} beside this class).
 * Theme, target group, county and actor type share their names and fields with practices' and
 * events', so one choice narrows every kind; side and state are their own.
 */
@ApplicationScoped
@Transactional
public class PostingSearchKind implements SearchableKind {
  public static final String NAME = MatchingChanges.KIND;

  @Inject MatchingRepository repository;
  @Inject MatchingViews views;
  @Inject Taxonomies taxonomies;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String alias() {
    return "matching";
  }

  @Override
  public String mappingVersion() {
    // Up one when search/base-index.json changed (compound words and folding, issue 16).
    return "v2";
  }

  @Override
  public String mappingResource() {
    return "/no/boforum/matching/search/postings-v1.json";
  }

  @Override
  public String path(String key) {
    return "matching/" + key;
  }

  @Override
  public Map<String, IndexDocument> documents(List<String> keys) {
    List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
    Map<String, IndexDocument> documents = new HashMap<>();
    List<Posting> found = repository.findByIds(ids);
    for (PostingDetails p : views.details(found)) {
      String key = String.valueOf(p.id());
      documents.put(key, IndexDocument.of(key, p.version(), PostingDocument.of(p)));
    }
    return documents;
  }

  @Override
  public List<String> keysAfter(String after, int size) {
    long from = after == null || after.isEmpty() ? 0 : Long.parseLong(after);
    return repository.idsAfter(from, size).stream().map(String::valueOf).toList();
  }

  @Override
  public long count() {
    return repository.countAll();
  }

  @Override
  public List<SearchFacet> facets() {
    return List.of(
        new SearchFacet("side", "side", SearchFacet.Labels.bundle("matching.side.")),
        taxonomy("targetGroup", "targetGroups", Taxonomies.TARGET_GROUP),
        taxonomy("theme", "themes", Taxonomies.THEME),
        taxonomy("county", "countyCodes", Taxonomies.COUNTY),
        taxonomy("actorType", "actorTypes", Taxonomies.ACTOR_TYPE),
        new SearchFacet("state", "state", SearchFacet.Labels.bundle("matching.state.")));
  }

  private SearchFacet taxonomy(String parameter, String field, String taxonomy) {
    return new SearchFacet(parameter, field, new TaxonomyFacetLabels(taxonomies, taxonomy));
  }

  @Override
  public List<String> textFields() {
    return List.of("body", "body.nn", "capacity^0.5", "organisationName");
  }

  @Override
  public List<String> highlightFields() {
    return List.of("body", "body.nn");
  }

  @Override
  public List<String> hiddenFields() {
    return List.of("body");
  }

  @Override
  public List<String> similarityFields() {
    return List.of("body", "body.nn");
  }

  @Override
  public FallbackPage fallback(String text, int offset, int size) {
    List<Posting> found = repository.findByText(text, offset, size);
    long total = repository.countByText(text);
    List<SearchResult.Hit> hits =
        views.details(found).stream()
            .map(
                p ->
                    new SearchResult.Hit(
                        NAME,
                        String.valueOf(p.id()),
                        p.title(),
                        SearchService.escapeHtml(PostingDocument.opening(p.body())),
                        null,
                        p.organisation() == null ? null : p.organisation().name(),
                        p.createdAt(),
                        p.path()))
            .toList();
    return new FallbackPage(total, hits);
  }
}
