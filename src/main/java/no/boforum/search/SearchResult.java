package no.boforum.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits. {@code degraded} is true when the index could not answer and the hits come from
 * a plain database match, without highlighting or facets.
 */
public record SearchResult(
    long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean degraded) {

  /**
   * One hit; {@code highlight} is HTML-escaped text in which only {@code <mark>} tags are markup.
   */
  public record Hit(String type, String slug, String title, String highlight) {}

  /** One value of a facet, with the number of hits that have it. */
  public record FacetValue(String value, long count) {}
}
