package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;

/** Backs the home page: the newest practices and how many there are. */
@Named("homeView")
@RequestScoped
public class HomeView {
  static final int NEWEST = 6;

  @Inject PracticeService practices;
  private List<PracticeSummary> newest;
  private Long count;

  public List<PracticeSummary> getNewest() {
    if (newest == null) {
      newest = practices.latest(0, NEWEST);
    }
    return newest;
  }

  public long getCount() {
    if (count == null) {
      count = practices.count();
    }
    return count;
  }
}
