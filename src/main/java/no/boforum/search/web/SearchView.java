package no.boforum.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchSort;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/**
 * Backs {@code search.xhtml}. Every state of the page (text, chosen facet values, order, page)
 * lives in the address, so a search can be bookmarked, shared and gone back to.
 */
@Named("searchView")
@RequestScoped
public class SearchView {
  static final int PAGE_SIZE = 10;
  static final int FACET_SHOWN = 6;

  @Inject SearchService search;
  @Inject Taxonomies taxonomies;
  @Inject Language language;

  private SearchQuery query;
  private SearchResult result;
  private Long totalWithoutFilters;
  private final Map<String, Map<String, String>> labels = new HashMap<>();

  /**
   * One facet as the page shows it: a group of check boxes, the first {@link #FACET_SHOWN} shown
   * and the rest folded away (open when one of them is chosen).
   */
  public record Facet(String parameter, String title, List<Option> shown, List<Option> folded) {
    public boolean isFoldedChosen() {
      return folded.stream().anyMatch(Option::selected);
    }
  }

  /** A facet's parameter and its title in the page's language. */
  public record FacetTitle(String parameter, String title) {}

  /** One value of a facet: {@code id} is unique on the page, for the label of its check box. */
  public record Option(String id, String value, String label, long count, boolean selected) {}

  /** A chosen value, shown as a chip that removes it. */
  public record Chip(String facetTitle, String label, String removeLink) {}

  /** A way to order the hits, with the address that orders by it. */
  public record SortOption(String value, String label, boolean selected) {}

  @PostConstruct
  void load() {
    var request = FacesMessages.request();
    query = SearchQuery.fromParameters(request::getParameterValues, PAGE_SIZE);
    result = search.search(query);
    if (result.hits().isEmpty() && query.page() > 1 && result.total() > 0) {
      // A page past the end (an old link): show the last page instead of an empty one.
      query = query.withPage(pageCount(result.total()));
      result = search.search(query);
    }
    if (result.total() == 0 && query.isFiltered() && !result.degraded()) {
      totalWithoutFilters = search.search(query.withoutFilters()).total();
    }
  }

  public SearchQuery getQuery() {
    return query;
  }

  public String getQ() {
    return query.text();
  }

  public SearchResult getResult() {
    return result;
  }

  /** The address of a query on this page. */
  public String link(SearchQuery q) {
    String params = q.toQueryString();
    return params.isEmpty() ? "search" : "search?" + params;
  }

  public String pageLink(int page) {
    return link(query.withPage(page));
  }

  /** This search's text without any filter. */
  public String getClearLink() {
    return link(query.withoutFilters());
  }

  /** The address of the corrected text, keeping the filters. */
  public String getSuggestionLink() {
    return result.suggestion() == null ? null : link(query.withText(result.suggestion()));
  }

  /** When nothing is found with the filters: how many the text alone finds, or null. */
  public Long getTotalWithoutFilters() {
    return totalWithoutFilters;
  }

  /** This search as address parameters, for saving it. */
  public String getQueryString() {
    return query.withPage(1).toQueryString();
  }

  public String getEncodedQueryString() {
    return URLEncoder.encode(getQueryString(), StandardCharsets.UTF_8);
  }

  public List<Facet> getFacets() {
    List<Facet> facets = new ArrayList<>();
    for (SearchFacet facet : SearchFacet.values()) {
      List<SearchResult.FacetValue> values = result.facets().get(facet.parameter());
      if (values == null || values.isEmpty()) {
        continue;
      }
      List<Option> options = new ArrayList<>();
      for (SearchResult.FacetValue v : values) {
        options.add(
            new Option(
                "f-" + facet.parameter() + "-" + v.value().replaceAll("[^A-Za-z0-9_-]", "_"),
                v.value(),
                label(facet, v.value()),
                v.count(),
                v.selected()));
      }
      int split = Math.min(FACET_SHOWN, options.size());
      facets.add(
          new Facet(
              facet.parameter(),
              title(facet),
              options.subList(0, split),
              options.subList(split, options.size())));
    }
    return facets;
  }

  /** Every facet's parameter and title, for the suggestions of terms while typing. */
  public List<FacetTitle> getFacetTitles() {
    List<FacetTitle> titles = new ArrayList<>();
    for (SearchFacet facet : SearchFacet.values()) {
      titles.add(new FacetTitle(facet.parameter(), title(facet)));
    }
    return titles;
  }

  public List<Chip> getChips() {
    List<Chip> chips = new ArrayList<>();
    for (Map.Entry<SearchFacet, String> chosen : query.chosenValues()) {
      SearchFacet facet = chosen.getKey();
      chips.add(
          new Chip(
              title(facet),
              label(facet, chosen.getValue()),
              link(query.toggle(facet, chosen.getValue()))));
    }
    return chips;
  }

  public List<SortOption> getSortOptions() {
    List<SortOption> options = new ArrayList<>();
    for (SearchSort sort : SearchSort.values()) {
      options.add(
          new SortOption(
              sort.parameter(), text("search.sort." + sort.parameter()), sort == query.sort()));
    }
    return options;
  }

  /** The label of an evidence level, or null. */
  public String evidenceLabel(String code) {
    return code == null ? null : label(SearchFacet.EVIDENCE, code);
  }

  public int getPage() {
    return query.page();
  }

  public int getPageCount() {
    return pageCount(result.total());
  }

  private static int pageCount(long total) {
    long pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
    return (int) Math.max(1, Math.min(pages, SearchQuery.MAX_RESULT_WINDOW / PAGE_SIZE));
  }

  private String title(SearchFacet facet) {
    return text("facet." + facet.parameter());
  }

  String label(SearchFacet facet, String code) {
    return switch (facet) {
      case EVIDENCE -> known("evidence." + code, code);
      case STATUS -> known("practice.status." + code, code);
      case LANGUAGE -> known("content.lang." + code, code);
      default ->
          labels.computeIfAbsent(facet.taxonomy(), this::termLabels).getOrDefault(code, code);
    };
  }

  private Map<String, String> termLabels(String taxonomy) {
    Map<String, String> map = new HashMap<>();
    for (Term t : taxonomies.terms(taxonomy, language.getTag())) {
      map.put(t.code(), t.label());
    }
    return map;
  }

  /** The bundle's text for a code, or the code itself when the code is not one we know. */
  private String known(String key, String code) {
    String text = text(key);
    return text.startsWith("???") || text.equals(key) ? code : text;
  }

  private String text(String key) {
    return Messages.format(language.getLocale(), key);
  }
}
