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
 * @param searchedFor the text the hits were found for: the text as typed, or its correction
 * @param correctedFrom the text as typed when the hits are those of its correction ({@code
 *     searchedFor}) because it found (almost) nothing itself; null when it was searched as typed
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean degraded,
    String suggestion,
    String searchedFor,
    String correctedFrom) {

  public static SearchResult degraded(String text, long total, List<Hit> hits) {
    return new SearchResult(total, hits, Map.of(), true, null, text, null);
  }

  /** These hits, of the correction of {@code typed}, as the answer to {@code typed}. */
  SearchResult correcting(String typed) {
    return new SearchResult(total, hits, facets, degraded, searchedFor, searchedFor, typed);
  }

  /** These hits with a "did you mean". */
  SearchResult suggesting(String corrected) {
    return new SearchResult(total, hits, facets, degraded, corrected, searchedFor, correctedFrom);
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
