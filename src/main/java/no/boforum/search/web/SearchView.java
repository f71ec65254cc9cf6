package no.boforum.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchSort;

/**
 * Backs {@code search.xhtml}. Every state of the page (text, whether it is searched exactly as
 * typed, chosen facet values, order, page) lives in the address, so a search can be bookmarked,
 * shared and gone back to.
 */
@Named("searchView")
@RequestScoped
public class SearchView {
  static final int PAGE_SIZE = 10;
  static final int FACET_SHOWN = 6;

  /** The facet whose labels name a hit's evidence badge, when a kind has it. */
  static final String EVIDENCE = "evidence";

  @Inject SearchService search;
  @Inject SearchKinds kinds;
  @Inject Language language;

  private SearchQuery query;
  private SearchResult result;
  private Long totalWithoutFilters;

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
    query = kinds.parse(request::getParameterValues, PAGE_SIZE);
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

  /** The address of this search for exactly the text as typed, never corrected. */
  public String getExactLink() {
    return link(query.exactly());
  }

  /** The address of the corrected text, keeping the filters. */
  public String getSuggestionLink() {
    return result.suggestion() == null ? null : link(query.withText(result.suggestion()));
  }

  /** When nothing is found with the filters: how many the text alone finds, or null. */
  public Long getTotalWithoutFilters() {
    return totalWithoutFilters;
  }

  /**
   * This search as address parameters, for saving it: the search whose hits are shown, so a
   * corrected search is saved with its correction (an alert looks for exactly what was saved).
   */
  public String getQueryString() {
    return result.correctedFrom() == null
        ? query.withPage(1).toQueryString()
        : query.withText(result.searchedFor()).toQueryString();
  }

  public String getEncodedQueryString() {
    return URLEncoder.encode(getQueryString(), StandardCharsets.UTF_8);
  }

  public List<Facet> getFacets() {
    List<Facet> facets = new ArrayList<>();
    for (SearchFacet facet : kinds.facets()) {
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
    for (SearchFacet facet : kinds.facets()) {
      titles.add(new FacetTitle(facet.parameter(), title(facet)));
    }
    return titles;
  }

  public List<Chip> getChips() {
    List<Chip> chips = new ArrayList<>();
    for (Map.Entry<String, String> chosen : query.chosenValues()) {
      SearchFacet facet = kinds.facet(chosen.getKey()).orElseThrow();
      chips.add(
          new Chip(
              title(facet),
              label(facet, chosen.getValue()),
              link(query.toggle(facet.parameter(), chosen.getValue()))));
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
    return code == null ? null : kinds.facet(EVIDENCE).map(f -> label(f, code)).orElse(code);
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
    return text(facet.titleKey());
  }

  String label(SearchFacet facet, String code) {
    return facet.label(code, language.getLocale());
  }

  private String text(String key) {
    return Messages.format(language.getLocale(), key);
  }
}
