package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;

/** {@code /my/practices}: the practices of the caller's organisations, in every state. */
@Named
@RequestScoped
public class MyPracticesView {
  @Inject PracticeService practices;
  private List<PracticeSummary> items;

  /** Those that need the owner's attention (drafts, reviews due) first, then by title. */
  public List<PracticeSummary> getItems() {
    if (items == null) {
      items =
          practices.ofMyOrganisations().stream()
              .sorted(
                  Comparator.comparing(PracticeSummary::state)
                      .thenComparing(p -> !p.needsReview())
                      .thenComparing(PracticeSummary::title, String.CASE_INSENSITIVE_ORDER))
              .toList();
    }
    return items;
  }

  public boolean isAnyNeedsReview() {
    return getItems().stream().anyMatch(PracticeSummary::needsReview);
  }
}
