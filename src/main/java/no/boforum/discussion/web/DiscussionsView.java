package no.boforum.discussion.web;

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
import no.boforum.discussion.DiscussionAccess;
import no.boforum.discussion.DiscussionService;
import no.boforum.discussion.ThreadFilter;
import no.boforum.discussion.ThreadSummary;
import no.boforum.platform.web.Paging;

/**
 * {@code /discussions}: threads by latest activity, unanswered questions ({@code
 * ?filter=unanswered}) or solved ones ({@code ?filter=solved}), narrowed by category; every choice
 * is in the address, so each list can be shared and works without scripts.
 */
@Named
@RequestScoped
public class DiscussionsView {
  static final int PAGE_SIZE = 20;

  @Inject DiscussionService discussions;
  @Inject DiscussionAccess access;
  @Inject DiscussionLabels labels;
  @Inject HttpServletRequest request;

  private ThreadFilter filter = ThreadFilter.LATEST;
  private String category;
  private long total;
  private Paging paging = Paging.of(1, 0, PAGE_SIZE);
  private List<ThreadSummary> items = List.of();

  @PostConstruct
  void load() {
    String f = request.getParameter("filter");
    for (ThreadFilter candidate : ThreadFilter.values()) {
      if (candidate.name().equalsIgnoreCase(f)) {
        filter = candidate;
      }
    }
    String c = request.getParameter("category");
    category = c != null && labels.getByCode().containsKey(c) ? c : null;
    total = discussions.count(filter, category);
    paging = Paging.of(Paging.pageParameter(request.getParameter("page")), total, PAGE_SIZE);
    items = discussions.list(filter, category, paging.offset(), PAGE_SIZE);
  }

  /** The address of a tab, keeping the category. */
  public String tabLink(String name) {
    return address(ThreadFilter.valueOf(name), category, 1);
  }

  /** The address of a category on this tab; null for all categories. */
  public String categoryLink(String code) {
    return address(filter, code, 1);
  }

  public String pageLink(int n) {
    return address(filter, category, n);
  }

  private String address(ThreadFilter f, String c, int page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (f != ThreadFilter.LATEST) {
      params.put("filter", f.name().toLowerCase(Locale.ROOT));
    }
    if (c != null) {
      params.put("category", c);
    }
    if (page > 1) {
      params.put("page", String.valueOf(page));
    }
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return request.getContextPath() + "/discussions" + (query.isEmpty() ? "" : "?" + query);
  }

  public boolean isMayStart() {
    return access.mayParticipate();
  }

  public String getFilter() {
    return filter.name();
  }

  public String getCategory() {
    return category;
  }

  public List<ThreadSummary> getItems() {
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
