package no.boforum.practice.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import no.boforum.search.SearchFacet;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TaxonomyFacetLabels;

/**
 * The facets practices are searched by, with the same parameter names as the practice list's
 * filters. Taxonomy codes read as the taxonomy's labels (and are offered while typing); evidence
 * level, status and language read from the bundles. Evidence values go from the best evidence down.
 */
@ApplicationScoped
public class PracticeFacets {
  /** The parameters, in the order the search page shows them. */
  public static final List<String> PARAMETERS =
      List.of(
          "theme",
          "targetGroup",
          "county",
          "evidence",
          "actorType",
          "voluntaryRole",
          "status",
          "funding",
          "language");

  @Inject Taxonomies taxonomies;

  public List<SearchFacet> all() {
    return List.of(
        taxonomy("theme", "themes", Taxonomies.THEME),
        taxonomy("targetGroup", "targetGroups", Taxonomies.TARGET_GROUP),
        taxonomy("county", "countyCodes", Taxonomies.COUNTY),
        new SearchFacet(
            "evidence",
            "evidenceLevel",
            SearchFacet.Labels.bundle("evidence."),
            Comparator.comparingInt((String code) -> -evidenceOrder(code))),
        taxonomy("actorType", "actorTypes", Taxonomies.ACTOR_TYPE),
        taxonomy("voluntaryRole", "voluntaryRoles", Taxonomies.VOLUNTARY_ROLE),
        new SearchFacet("status", "activityStatus", SearchFacet.Labels.bundle("practice.status.")),
        taxonomy("funding", "funding", Taxonomies.FUNDING),
        new SearchFacet("language", "language", SearchFacet.Labels.bundle("content.lang.")));
  }

  private SearchFacet taxonomy(String parameter, String field, String taxonomy) {
    return new SearchFacet(parameter, field, new TaxonomyFacetLabels(taxonomies, taxonomy));
  }

  private static int evidenceOrder(String code) {
    Integer rank = PracticeDocument.evidenceRank(code);
    return rank == null ? 0 : rank;
  }
}
