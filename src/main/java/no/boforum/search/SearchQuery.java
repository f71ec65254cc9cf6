package no.boforum.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the user asked: free text, chosen facet values (any of a facet's values, all of the facets),
 * an order and a page (from 1). {@code publishedAfter}, when set, keeps only practices published
 * later (saved-search alerts); it has no place in the address.
 *
 * <p>{@code exact} asks for the text exactly as typed: a text that finds (almost) nothing is
 * otherwise answered with the results of its corrected spelling (see {@link SearchCorrection}).
 *
 * <p>The address form is the one of the search page and the API: {@code q}, {@code exact=1}, one
 * parameter per facet (repeated for several values, see {@link SearchFacet#parameter()}), {@code
 * sort} and {@code page}. {@code facets} names the facets an address may choose from, in their
 * order (see {@link SearchKinds#facetParameters()}); values of any other parameter are dropped.
 */
public record SearchQuery(
    String text,
    Map<String, Set<String>> filters,
    SearchSort sort,
    int page,
    int pageSize,
    LocalDateTime publishedAfter,
    LocalDateTime publishedUpTo,
    List<String> facets,
    boolean exact) {
  public static final int MAX_PAGE_SIZE = 50;

  /** Elasticsearch pages no deeper than this many hits; later pages show the last one. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  /** At most this many values of one facet are taken from an address. */
  static final int MAX_VALUES = 30;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > 200) {
      text = text.substring(0, 200);
    }
    facets = facets == null ? List.of() : List.copyOf(facets);
    Map<String, Set<String>> kept = new LinkedHashMap<>();
    for (String facet : facets) {
      Set<String> values = filters == null ? null : filters.get(facet);
      Set<String> clean = new LinkedHashSet<>();
      if (values != null) {
        values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .limit(MAX_VALUES)
            .forEach(clean::add);
      }
      if (!clean.isEmpty()) {
        kept.put(facet, Set.copyOf(clean));
      }
    }
    filters = java.util.Collections.unmodifiableMap(kept);
    sort = sort == null ? SearchSort.RELEVANCE : sort;
    pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
    page = Math.min(Math.max(page, 1), MAX_RESULT_WINDOW / pageSize);
    exact = exact && !text.isEmpty();
  }

  /** A query that may be corrected when it finds (almost) nothing. */
  public SearchQuery(
      String text,
      Map<String, Set<String>> filters,
      SearchSort sort,
      int page,
      int pageSize,
      LocalDateTime publishedAfter,
      LocalDateTime publishedUpTo,
      List<String> facets) {
    this(text, filters, sort, page, pageSize, publishedAfter, publishedUpTo, facets, false);
  }

  public SearchQuery(String text, int page, int pageSize) {
    this(text, Map.of(), SearchSort.RELEVANCE, page, pageSize, null, null, List.of());
  }

  /**
   * The query an address describes. {@code values} gives every value of a parameter (as {@code
   * ServletRequest.getParameterValues} does); unknown parameters are ignored, and so is {@code
   * page} when it is not a number.
   */
  public static SearchQuery fromParameters(
      Function<String, String[]> values, int pageSize, List<String> facets) {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    for (String facet : facets) {
      String[] chosen = values.apply(facet);
      if (chosen != null) {
        filters.put(facet, new LinkedHashSet<>(List.of(chosen)));
      }
    }
    return new SearchQuery(
        first(values, "q"),
        filters,
        SearchSort.parse(first(values, "sort")),
        pageNumber(first(values, "page")),
        pageSize,
        null,
        null,
        facets,
        isTrue(first(values, "exact")));
  }

  /** {@code exact=1} or {@code exact=true}; anything else, or nothing, is false. */
  private static boolean isTrue(String raw) {
    return raw != null && (raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true"));
  }

  private static String first(Function<String, String[]> values, String name) {
    String[] all = values.apply(name);
    return all == null || all.length == 0 ? null : all[0];
  }

  static int pageNumber(String raw) {
    try {
      return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The chosen values of a facet, empty when none. */
  public Set<String> chosen(String facet) {
    return filters.getOrDefault(facet, Set.of());
  }

  public boolean isFiltered() {
    return !filters.isEmpty();
  }

  public int offset() {
    return (page - 1) * pageSize;
  }

  /** Another text, a new search: page 1, and corrected if it needs it. */
  public SearchQuery withText(String newText) {
    return new SearchQuery(
        newText, filters, sort, 1, pageSize, publishedAfter, publishedUpTo, facets, false);
  }

  public SearchQuery withPage(int newPage) {
    return new SearchQuery(
        text, filters, sort, newPage, pageSize, publishedAfter, publishedUpTo, facets, exact);
  }

  public SearchQuery withSort(SearchSort newSort) {
    return new SearchQuery(
        text, filters, newSort, 1, pageSize, publishedAfter, publishedUpTo, facets, exact);
  }

  public SearchQuery withoutFilters() {
    return new SearchQuery(
        text, Map.of(), sort, 1, pageSize, publishedAfter, publishedUpTo, facets, exact);
  }

  /** This search for exactly the text as typed, never corrected (page 1). */
  public SearchQuery exactly() {
    return new SearchQuery(
        text, filters, sort, 1, pageSize, publishedAfter, publishedUpTo, facets, true);
  }

  /**
   * Whether a misspelt text may be answered with its correction: not when asked for exactly, not
   * without a text, and not for a saved search's alert (a window of publication times), which looks
   * for exactly what was saved.
   */
  public boolean mayBeCorrected() {
    return !exact && !text.isEmpty() && publishedAfter == null && publishedUpTo == null;
  }

  /** Only practices published after {@code after}, up to and including {@code upTo}. */
  public SearchQuery publishedBetween(LocalDateTime after, LocalDateTime upTo) {
    return new SearchQuery(text, filters, sort, 1, pageSize, after, upTo, facets, exact);
  }

  /** This query with a facet value added when absent, or removed when present (page 1). */
  public SearchQuery toggle(String facet, String value) {
    Map<String, Set<String>> changed = new LinkedHashMap<>();
    changed.putAll(filters);
    Set<String> values = new LinkedHashSet<>(chosen(facet));
    if (!values.remove(value)) {
      values.add(value);
    }
    changed.put(facet, values);
    return new SearchQuery(
        text, changed, sort, 1, pageSize, publishedAfter, publishedUpTo, facets, exact);
  }

  /**
   * The address parameters of this query, in a stable order (text, {@code exact=1} when asked,
   * facets in their order with sorted values, sort unless relevance, page unless 1), URL-encoded
   * and joined with {@code &}; empty for an empty query. Two equal queries give the same string.
   */
  public String toQueryString() {
    List<String> parts = new ArrayList<>();
    if (!text.isEmpty()) {
      parts.add("q=" + encode(text));
    }
    if (exact) {
      parts.add("exact=1");
    }
    for (String facet : facets) {
      chosen(facet).stream().sorted().forEach(v -> parts.add(facet + "=" + encode(v)));
    }
    if (sort != SearchSort.RELEVANCE) {
      parts.add("sort=" + sort.parameter());
    }
    if (page > 1) {
      parts.add("page=" + page);
    }
    return String.join("&", parts);
  }

  /** All chosen values as (facet, value) pairs, in facet order, for the chips of the page. */
  public List<Map.Entry<String, String>> chosenValues() {
    List<Map.Entry<String, String>> all = new ArrayList<>();
    for (String facet : facets) {
      chosen(facet).stream().sorted().forEach(v -> all.add(Map.entry(facet, v)));
    }
    return all;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
