package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionService;
import no.boforum.practice.AdoptionStatus;
import no.boforum.practice.AdoptionView;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;

/**
 * Match to adoption in one step: when a municipality's posting is done and the match used a
 * practice, its editors record it as the municipality's adoption of that practice (through the
 * practice feature's {@link AdoptionService}, whose rules hold), so it counts in the practice's
 * spread. Once per posting; the posting keeps which adoption it became.
 */
@ApplicationScoped
public class PostingAdoptions {
  /** The actor type whose adoptions count in a practice's spread here. */
  static final String MUNICIPALITY = "kommune";

  @Inject MatchingRepository repository;
  @Inject MatchingViews views;
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;
  @Inject PracticeRepository practices;
  @Inject AdoptionService adoptions;

  Clock clock = Clock.systemUTC();

  /**
   * The owner's editors record the done posting as the owner's adoption of the practice with {@code
   * practiceSlug} (or {@code practiceId}; either may be null when an offer builds on one practice
   * only).
   */
  @Transactional
  public PostingDetails record(long postingId, String practiceSlug, Long practiceId) {
    Posting posting = repository.findForUpdate(postingId);
    if (posting == null) {
      throw new UnknownPostingException(postingId);
    }
    authorization.require(MatchingAction.WRITE, posting.getOrganisationId());
    if (posting.getState() != PostingState.DONE) {
      throw new Conflict("matching.adoption.notDone");
    }
    if (posting.getAdoptionId() != null) {
      throw new Conflict("matching.adoption.already");
    }
    OrganisationDetails owner = organisations.find(posting.getOrganisationId()).orElseThrow();
    if (!mayAdopt(owner)) {
      throw new Conflict("matching.adoption.notMunicipality");
    }
    Practice practice = practice(posting, practiceSlug, practiceId);
    if (Long.valueOf(owner.id()).equals(practice.getOwnerOrganisationId())) {
      // Its own practice is no adoption: spread counts others who took it up.
      throw new Conflict("matching.adoption.ownPractice");
    }
    AdoptionView adoption =
        adoptions.report(
            practice.getSlug(),
            new AdoptionData(
                owner.id(),
                owner.municipality(),
                MatchingService.today(clock.instant()),
                AdoptionStatus.RUNNING,
                Messages.format(
                    Messages.locale("nb"), "matching.adoption.note", posting.getTitle())));
    posting.adoptedAs(adoption.id());
    repository.flush();
    return views.details(posting);
  }

  /** A municipality (with its municipality code) records adoptions from its postings. */
  public static boolean mayAdopt(OrganisationDetails owner) {
    return owner != null && MUNICIPALITY.equals(owner.actorType()) && owner.municipality() != null;
  }

  private Practice practice(Posting posting, String slug, Long id) {
    Optional<Practice> named;
    if (slug != null && !slug.isBlank()) {
      named = practices.findBySlug(slug.strip());
    } else if (id != null) {
      named = Optional.ofNullable(practices.findById(id));
    } else {
      List<Long> built = List.copyOf(posting.getPracticeIds());
      if (built.size() != 1) {
        throw new InputProblem("practice", "matching.adoption.practiceRequired");
      }
      named = Optional.ofNullable(practices.findById(built.get(0)));
    }
    return named
        .filter(p -> p.getState() == PracticeState.PUBLISHED)
        .orElseThrow(() -> new InputProblem("practice", "matching.adoption.practiceUnknown"));
  }
}
