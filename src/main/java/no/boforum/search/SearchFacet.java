package no.boforum.search;

import java.util.Arrays;
import java.util.Optional;
import no.boforum.taxonomy.Taxonomies;

/**
 * A facet of the search: the address parameter it is chosen by (the same names as the practice
 * list's filters), the keyword field of the index it counts, and the taxonomy its codes come from
 * (none for evidence level, status and language, whose labels live in the bundles).
 */
public enum SearchFacet {
  THEME("theme", "themes", Taxonomies.THEME),
  TARGET_GROUP("targetGroup", "targetGroups", Taxonomies.TARGET_GROUP),
  COUNTY("county", "countyCodes", Taxonomies.COUNTY),
  EVIDENCE("evidence", "evidenceLevel", null),
  ACTOR_TYPE("actorType", "actorTypes", Taxonomies.ACTOR_TYPE),
  VOLUNTARY_ROLE("voluntaryRole", "voluntaryRoles", Taxonomies.VOLUNTARY_ROLE),
  STATUS("status", "activityStatus", null),
  FUNDING("funding", "funding", Taxonomies.FUNDING),
  LANGUAGE("language", "language", null);

  private final String parameter;
  private final String field;
  private final String taxonomy;

  SearchFacet(String parameter, String field, String taxonomy) {
    this.parameter = parameter;
    this.field = field;
    this.taxonomy = taxonomy;
  }

  /** The name in the address and in the API, for example {@code targetGroup}. */
  public String parameter() {
    return parameter;
  }

  /** The keyword field of the index. */
  public String field() {
    return field;
  }

  /** The taxonomy of the codes, or null when the labels are in the bundles. */
  public String taxonomy() {
    return taxonomy;
  }

  public static Optional<SearchFacet> byParameter(String name) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
  }
}
