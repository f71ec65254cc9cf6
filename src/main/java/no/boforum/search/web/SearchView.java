package no.boforum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;

/**
 * Backs {@code search.xhtml}. Every state of the page (text, filters, page) lives in the address,
 * so a search can be bookmarked and shared.
 */
@Named("searchView")
@RequestScoped
public class SearchView {
  static final int PAGE_SIZE = 10;

  @Inject SearchService search;

  private String q;
  private String evidenceLevel;
  private String county;
  private String language;
  private int page = 1;
  private SearchResult result;

  public void load() {
    SearchQuery query = new SearchQuery(q, filters(), page, PAGE_SIZE);
    page = query.page();
    result = search.search(query);
    if (result.hits().isEmpty() && page > 1 && result.total() > 0) {
      // A page past the end (an old link): show the last page instead of an empty one.
      page = getPageCount();
      result = search.search(new SearchQuery(q, filters(), page, PAGE_SIZE));
    }
  }

  private Map<String, String> filters() {
    return SearchQuery.filters(evidenceLevel, county, language);
  }

  /** The address of this search with one filter set (or, with a null value, removed). */
  public String link(String facet, String value, int toPage) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", q);
    params.putAll(filters());
    params.put(facet, value);
    if (toPage > 1) {
      params.put("page", String.valueOf(toPage));
    }
    StringBuilder url = new StringBuilder("search");
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        url.append(sep).append(e.getKey()).append('=');
        url.append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  public String pageLink(int toPage) {
    return link("page", null, toPage);
  }

  /** This search's text without any filter. */
  public String getClearLink() {
    return q == null || q.isBlank()
        ? "search"
        : "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  public boolean isActive(String facet, String value) {
    return value != null && value.equals(filters().get(facet));
  }

  public boolean isFiltered() {
    return filters().values().stream().anyMatch(v -> v != null && !v.isBlank());
  }

  public List<String> getFacetNames() {
    return SearchService.FACETS;
  }

  public int getPageCount() {
    long pages = (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE;
    return (int) Math.max(1, Math.min(pages, SearchQuery.MAX_RESULT_WINDOW / PAGE_SIZE));
  }

  public SearchResult getResult() {
    if (result == null) {
      load();
    }
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getEvidenceLevel() {
    return evidenceLevel;
  }

  public void setEvidenceLevel(String evidenceLevel) {
    this.evidenceLevel = evidenceLevel;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public int getPage() {
    return page;
  }

  /** The raw {@code page} parameter: anything that is not a page number means the first page. */
  public String getPageParam() {
    return String.valueOf(page);
  }

  public void setPageParam(String raw) {
    try {
      page = Math.max(1, Integer.parseInt(raw == null ? "1" : raw.strip()));
    } catch (NumberFormatException e) {
      page = 1;
    }
  }
}
