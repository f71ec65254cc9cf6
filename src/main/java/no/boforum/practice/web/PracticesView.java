package no.boforum.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeFilter;
import no.boforum.practice.PracticeFilter.Sort;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import no.boforum.taxonomy.Taxonomies;

/**
 * {@code /practices}: the published catalogue, narrowed by a GET form whose every choice stays in
 * the address, so that a filtered list can be bookmarked and shared.
 */
@Named
@RequestScoped
public class PracticesView {
  static final int PAGE_SIZE = 20;

  /** A request parameter that narrows the list to a term of a taxonomy. */
  public record TermFilter(String parameter, String taxonomy) {}

  static final List<TermFilter> TERM_FILTERS =
      List.of(
          new TermFilter("theme", Taxonomies.THEME),
          new TermFilter("targetGroup", Taxonomies.TARGET_GROUP),
          new TermFilter("actorType", Taxonomies.ACTOR_TYPE),
          new TermFilter("voluntaryRole", Taxonomies.VOLUNTARY_ROLE),
          new TermFilter("funding", Taxonomies.FUNDING),
          new TermFilter("county", Taxonomies.COUNTY));

  static final List<String> PARAMETERS =
      List.of(
          "theme",
          "targetGroup",
          "actorType",
          "voluntaryRole",
          "funding",
          "county",
          "evidence",
          "status",
          "language",
          "sort");

  @Inject PracticeService practices;
  private final Map<String, String> chosen = new LinkedHashMap<>();
  private int page = 1;
  private int pages = 1;
  private long total;
  private List<PracticeSummary> items;

  @PostConstruct
  void load() {
    HttpServletRequest req = FacesMessages.request();
    for (String name : PARAMETERS) {
      String value = req.getParameter(name);
      if (value != null && !value.isBlank()) {
        chosen.put(name, value.strip());
      }
    }
    PracticeFilter filter = filter();
    total = practices.count(filter);
    Paging paging = Paging.of(Paging.pageParameter(req.getParameter("page")), total, PAGE_SIZE);
    page = paging.page();
    pages = paging.pages();
    items = practices.list(filter, Sort.parse(chosen.get("sort")), paging.offset(), PAGE_SIZE);
  }

  private PracticeFilter filter() {
    Map<String, String> terms = new LinkedHashMap<>();
    for (TermFilter f : TERM_FILTERS) {
      // The county is not a term of the practice: it also matches the county's municipalities.
      if (!f.parameter().equals("county") && chosen.containsKey(f.parameter())) {
        terms.put(f.taxonomy(), chosen.get(f.parameter()));
      }
    }
    return new PracticeFilter(
        terms,
        chosen.get("county"),
        evidence(chosen.get("evidence")),
        status(chosen.get("status")),
        chosen.get("language"));
  }

  private static EvidenceLevel evidence(String code) {
    try {
      return code == null ? null : EvidenceLevel.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ActivityStatus status(String name) {
    try {
      return name == null ? null : ActivityStatus.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True if any filter (not the sort order) narrows the list. */
  public boolean isFiltered() {
    return chosen.keySet().stream().anyMatch(k -> !k.equals("sort"));
  }

  /** The chosen value of a parameter, for marking the selected option. */
  public Map<String, String> getChosen() {
    return chosen;
  }

  /** This list's address at another page, keeping the filters and the order. */
  public String pageLink(int n) {
    String query =
        chosen.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return "?" + (query.isEmpty() ? "" : query + "&") + "page=" + n;
  }

  /**
   * The Atom feed of this list (decision 0022), relative to the portal's root: its filters under
   * the feed's names (those of the API), without the order; a level or status the list ignored is
   * left out here too.
   */
  public String getFeedLink() {
    Map<String, String> feed = new LinkedHashMap<>();
    chosen.forEach(
        (name, value) -> {
          switch (name) {
            case "sort" -> {}
            case "evidence" -> {
              if (evidence(value) != null) {
                feed.put("evidenceLevel", value);
              }
            }
            case "status" -> {
              if (status(value) != null) {
                feed.put("status", value);
              }
            }
            default -> feed.put(name, value);
          }
        });
    String query =
        feed.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return "feeds/practices.atom" + (query.isEmpty() ? "" : "?" + query);
  }

  public List<TermFilter> getTermFilters() {
    return TERM_FILTERS;
  }

  /** The order in effect, as a name of {@link Sort}; the newest first unless asked otherwise. */
  public String getSort() {
    return Sort.parse(chosen.get("sort")).name();
  }

  public List<Sort> getSorts() {
    return List.of(Sort.values());
  }

  public List<PracticeSummary> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return pages;
  }
}
