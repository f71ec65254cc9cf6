package no.boforum.event.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.event.EventChanges;
import no.boforum.event.EventRepository;
import no.boforum.event.EventViews;
import no.boforum.event.ForumEvent;
import no.boforum.search.IndexDocument;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchableKind;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TaxonomyFacetLabels;

/**
 * Events as a searchable kind: every public event (published, cancelled or closed; never a draft)
 * under its slug, in the alias {@code events} (mapping {@code events-v1.json} beside this class).
 * Its facets share their names and fields with practices' where they mean the same (theme, target
 * group, county, language), so one choice narrows both kinds.
 */
@ApplicationScoped
@Transactional
public class EventSearchKind implements SearchableKind {
  public static final String NAME = EventChanges.KIND;

  @Inject EventRepository repository;
  @Inject EventViews views;
  @Inject Taxonomies taxonomies;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String alias() {
    return "events";
  }

  @Override
  public String mappingVersion() {
    // Up one when search/base-index.json changed (compound words and folding, issue 16).
    return "v2";
  }

  @Override
  public String mappingResource() {
    return "/no/boforum/event/search/events-v1.json";
  }

  @Override
  public String path(String key) {
    return "events/" + key;
  }

  @Override
  public Map<String, IndexDocument> documents(List<String> keys) {
    Map<String, IndexDocument> documents = new HashMap<>();
    for (ForumEvent e : repository.findBySlugs(keys)) {
      documents.put(
          e.getSlug(),
          e.getState().isPublic()
              ? IndexDocument.of(e.getSlug(), e.getVersion(), EventDocument.of(views.details(e)))
              : IndexDocument.removal(e.getSlug(), e.getVersion()));
    }
    return documents;
  }

  @Override
  public List<String> keysAfter(String after, int size) {
    return repository.publicSlugsAfter(after, size);
  }

  @Override
  public long count() {
    return repository.countPublicAll();
  }

  @Override
  public List<SearchFacet> facets() {
    return List.of(
        taxonomy("theme", "themes", Taxonomies.THEME),
        taxonomy("targetGroup", "targetGroups", Taxonomies.TARGET_GROUP),
        taxonomy("county", "countyCodes", Taxonomies.COUNTY),
        new SearchFacet("format", "format", SearchFacet.Labels.bundle("event.format.")),
        new SearchFacet("language", "language", SearchFacet.Labels.bundle("content.lang.")));
  }

  private SearchFacet taxonomy(String parameter, String field, String taxonomy) {
    return new SearchFacet(parameter, field, new TaxonomyFacetLabels(taxonomies, taxonomy));
  }

  @Override
  public List<String> textFields() {
    return List.of("description", "description.nn", "agenda^0.5", "agenda.nn^0.5", "hostName");
  }

  @Override
  public List<String> highlightFields() {
    return List.of("description", "description.nn");
  }

  @Override
  public List<String> hiddenFields() {
    return List.of("description", "agenda");
  }

  @Override
  public List<String> similarityFields() {
    return List.of("description", "description.nn");
  }

  @Override
  public FallbackPage fallback(String text, int offset, int size) {
    List<ForumEvent> found = repository.findByText(text, offset, size);
    long total = repository.countByText(text);
    List<SearchResult.Hit> hits =
        views.summaries(found).stream()
            .map(
                e ->
                    new SearchResult.Hit(
                        NAME,
                        e.slug(),
                        e.title(),
                        SearchService.escapeHtml(e.summary()),
                        null,
                        e.host() == null ? null : e.host().name(),
                        null,
                        path(e.slug())))
            .toList();
    return new FallbackPage(total, hits);
  }
}
