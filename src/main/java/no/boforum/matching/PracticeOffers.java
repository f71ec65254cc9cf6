package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeSections;

/**
 * The practice page's section of open offers (open or in dialogue) that build on the practice, each
 * with its organisation: a withdrawn, matched or expired offer is not offered there.
 */
@ApplicationScoped
public class PracticeOffers implements PracticeSections {
  static final int LISTED = 20;

  @Inject MatchingRepository repository;
  @Inject MatchingViews views;
  @Inject PracticeRepository practices;

  @Override
  @Transactional
  public Section of(String practiceSlug) {
    List<Item> items =
        practices
            .findBySlug(practiceSlug)
            .map(p -> views.details(repository.currentOffersBuildingOn(p.getId(), LISTED)))
            .orElse(List.of())
            .stream()
            .map(
                o ->
                    new Item(
                        o.title(),
                        o.path(),
                        o.organisation() == null ? null : o.organisation().name()))
            .toList();
    return new Section("offers", "matching.practice.offers", items);
  }
}
