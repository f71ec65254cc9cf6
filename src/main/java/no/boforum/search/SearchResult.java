package no.boforum.search;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of hits. {@code degraded} is true when the index could not answer and the hits come from
 * a plain database match, without highlighting, facets or suggestions.
 *
 * @param facets per facet parameter ({@link SearchFacet#parameter()}), its values with the number
 *     of hits each would give with the other facets' choices kept; chosen values are always listed
 * @param suggestion "did you mean": the search text with its misspellings corrected, or null
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean degraded,
    String suggestion) {

  public static SearchResult degraded(long total, List<Hit> hits) {
    return new SearchResult(total, hits, Map.of(), true, null);
  }

  /**
   * One hit; {@code type} is its kind, {@code highlight} HTML-escaped text in which only {@code
   * <mark>} tags are markup, {@code path} its page's address from the portal's root.
   */
  public record Hit(
      String type,
      String slug,
      String title,
      String highlight,
      String evidenceLevel,
      String ownerName,
      LocalDateTime publishedAt,
      String path) {}

  /** One value of a facet, with the number of hits it would give, and whether it is chosen. */
  public record FacetValue(String value, long count, boolean selected) {}
}
