package no.boforum.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.matching.FilterParameters;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingFilter;
import no.boforum.matching.PostingState;
import no.boforum.platform.web.Paging;
import no.boforum.taxonomy.Taxonomies;

/**
 * {@code /matching}: the board of needs and offers, the current ones (open, in dialogue) unless a
 * state is chosen, narrowed by side, target group, theme, county and actor type, in the order
 * chosen. Every choice is in the address (a form sent with GET), so a list can be shared and works
 * without scripts.
 */
@Named
@RequestScoped
public class MatchingBoardView {
  static final int PAGE_SIZE = 20;
  static final List<String> PARAMETERS =
      List.of("side", "state", "targetGroup", "theme", "county", "actorType", "sort");

  @Inject MatchingService matching;
  @Inject HttpServletRequest request;
  @Inject Taxonomies taxonomies;

  private final Map<String, String> chosen = new LinkedHashMap<>();
  private long total;
  private Paging paging = Paging.of(1, 0, PAGE_SIZE);
  private List<PostingDetails> items = List.of();

  @PostConstruct
  void load() {
    for (String name : PARAMETERS) {
      String value = request.getParameter(name);
      if (value != null && !value.isBlank()) {
        chosen.put(name, value.strip());
      }
    }
    PostingFilter filter = FilterParameters.filter(chosen::get, false, taxonomies::exists);
    PostingFilter.Sort sort = FilterParameters.sort(chosen.get("sort"), false);
    total = matching.count(filter);
    paging = Paging.of(Paging.pageParameter(request.getParameter("page")), total, PAGE_SIZE);
    items = matching.list(filter, sort, paging.offset(), PAGE_SIZE);
  }

  /** The chosen value of a filter ({@code side}, {@code theme}, ...), as the address has it. */
  public String chosen(String name) {
    return chosen.get(name);
  }

  /** True if the chosen value of the filter is {@code value} (in any case). */
  public boolean isChosen(String name, String value) {
    String c = chosen.get(name);
    return c != null && c.equalsIgnoreCase(value);
  }

  public boolean isFiltered() {
    return chosen.keySet().stream().anyMatch(k -> !k.equals("sort"));
  }

  public List<String> getStates() {
    return java.util.Arrays.stream(PostingState.values()).map(Enum::name).toList();
  }

  public List<String> getSorts() {
    return java.util.Arrays.stream(PostingFilter.Sort.values()).map(Enum::name).toList();
  }

  public String pageLink(int n) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    if (n > 1) {
      params.put("page", String.valueOf(n));
    }
    return address(params);
  }

  /** The board with no filter. */
  public String getClearLink() {
    return address(Map.of());
  }

  /** The form for a new posting of a side ({@code need} or {@code offer}). */
  public String newLink(String side) {
    return request.getContextPath() + "/matching/new?side=" + side.toLowerCase(Locale.ROOT);
  }

  private String address(Map<String, String> params) {
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return request.getContextPath() + "/matching" + (query.isEmpty() ? "" : "?" + query);
  }

  public List<PostingDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return paging.page();
  }

  public int getPages() {
    return paging.pages();
  }
}
