package no.boforum.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user asked: free text, facet filters (field to value), and a page (from 1).
 *
 * @param filters only keys from {@link SearchService#FACETS} are used
 */
public record SearchQuery(String text, Map<String, String> filters, int page, int pageSize) {
  public static final int MAX_PAGE_SIZE = 50;

  /** Elasticsearch pages no deeper than this many hits; later pages show the last one. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    Map<String, String> kept = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (k, v) -> {
            if (SearchService.FACETS.contains(k) && v != null && !v.isBlank()) {
              kept.put(k, v.strip());
            }
          });
    }
    filters = Map.copyOf(kept);
    pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
    page = Math.min(Math.max(page, 1), MAX_RESULT_WINDOW / pageSize);
  }

  /** The filters of {@link SearchService#FACETS} in their order; a null value means none. */
  public static Map<String, String> filters(String evidenceLevel, String county, String language) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("evidenceLevel", evidenceLevel);
    filters.put("county", county);
    filters.put("language", language);
    return filters;
  }

  public int offset() {
    return (page - 1) * pageSize;
  }
}
