package no.boforum.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.platform.web.FacesMessages;
import no.boforum.search.SearchAction;
import no.boforum.search.SearchInsight;
import no.boforum.search.SearchInsight.DayCount;
import no.boforum.search.SearchInsight.QueryCount;

/**
 * {@code /admin/search-insight?days=30}: what people searched for and what found nothing, so that
 * editors know which practices are missing and which words need synonyms.
 */
@Named
@RequestScoped
public class SearchInsightView {
  static final List<Integer> PERIODS = List.of(7, 30, 90, 365);
  static final int ROWS = 25;

  @Inject SearchInsight insight;
  @Inject Authorization authorization;

  private int days = 30;
  private List<QueryCount> top = List.of();
  private List<QueryCount> zero = List.of();
  private List<DayCount> perDay = List.of();

  @PostConstruct
  void load() {
    if (!authorization.allows(SearchAction.ADMINISTER_INDEX)) {
      return;
    }
    String asked = FacesMessages.request().getParameter("days");
    days = PERIODS.stream().filter(p -> String.valueOf(p).equals(asked)).findFirst().orElse(30);
    top = insight.top(days, ROWS);
    zero = insight.zeroResults(days, ROWS);
    perDay = insight.perDay(days);
  }

  /** The search page for a counted query, to see what it finds now. */
  public String searchLink(String query) {
    return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  public int getDays() {
    return days;
  }

  public List<Integer> getPeriods() {
    return PERIODS;
  }

  public List<QueryCount> getTop() {
    return top;
  }

  public List<QueryCount> getZero() {
    return zero;
  }

  public List<DayCount> getPerDay() {
    return perDay;
  }
}
