package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.practice.Adoption;
import no.boforum.practice.PracticeParts;
import no.boforum.practice.PracticeRepository;

/**
 * Seed needs and offers from content files, checked as the portal checks a posting but without
 * asking for an editor (the files are trusted as the code is). An unchanged file writes nothing; a
 * posting edited or moved in the portal since is left alone. The other side is not told of seeds:
 * they are examples, not news.
 */
@ApplicationScoped
public class MatchingImport {
  /** What an import did with one posting. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** Changed in the portal since: the file no longer decides. */
    KEPT
  }

  /**
   * A posting as its file describes it: its key (the file's name), the facts, the state to bring it
   * to, and how many days from its first import it stands.
   */
  public record Seed(
      String key, PostingData data, PostingState state, int expiresInDays, String adoptionOf) {}

  /** The states a seed may be in, and the moves that bring a new posting there. */
  static final List<List<PostingState>> PATHS =
      List.of(
          List.of(),
          List.of(PostingState.IN_DIALOGUE),
          List.of(PostingState.MATCHED),
          List.of(PostingState.MATCHED, PostingState.DONE));

  @Inject MatchingRepository repository;
  @Inject MatchingValidator validator;
  @Inject MatchingChanges changes;
  @Inject OrganisationService organisations;
  @Inject PracticeRepository practices;
  @Inject PracticeParts parts;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Outcome importPosting(Seed seed, String sourceHash) {
    Optional<Posting> existing = repository.findBySeedKey(seed.key());
    if (existing.isPresent() && sourceHash.equals(existing.get().getSourceHash())) {
      if (existing.get().getState().isCurrent()) {
        // An example stands while its file does: each start confirms it, as its owner would.
        existing.get().confirm(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
      }
      return Outcome.UNCHANGED;
    }
    if (existing.isPresent() && existing.get().getSourceHash() == null) {
      return Outcome.KEPT;
    }
    Side side = MatchingValidator.side(seed.data().side());
    OrganisationDetails owner =
        organisations
            .find(seed.data().organisation() == null ? "" : seed.data().organisation())
            .orElseThrow(() -> new InputProblem("organisation", "matching.organisation.required"));
    LocalDate today = LocalDate.now(clock.withZone(MatchingService.NORWAY));
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    Posting posting = existing.orElseGet(() -> new Posting(side, owner.id(), now));
    LocalDate expires =
        existing.map(Posting::getExpiresOn).orElse(today.plusDays(seed.expiresInDays()));
    PostingData.Valid valid =
        validator.validate(
            side,
            withExpiry(seed.data(), expires),
            today,
            existing.map(Posting::getExpiresOn).orElse(null));
    posting.apply(valid, now);
    if (existing.isEmpty()) {
      repository.persist(posting);
      for (PostingState next : path(seed.state())) {
        posting.move(next, today, now);
      }
      if (seed.adoptionOf() != null) {
        posting.adoptedAs(adoption(seed.adoptionOf(), owner.id()));
      }
    }
    posting.seeded(seed.key(), sourceHash);
    repository.flush();
    repository.markFitsTold(posting.getId(), now);
    changes.announce(posting.getId());
    return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
  }

  /** The adoption of the practice by the organisation, as the practice's file records it. */
  private long adoption(String practiceSlug, long organisationId) {
    return practices
        .findBySlug(practiceSlug)
        .flatMap(
            p ->
                parts.adoptions(p.getId()).stream()
                    .filter(a -> Long.valueOf(organisationId).equals(a.getOrganisationId()))
                    .findFirst())
        .map(Adoption::getId)
        .orElseThrow(() -> new InputProblem("adoption_of", "matching.adoption.practiceUnknown"));
  }

  private static List<PostingState> path(PostingState target) {
    return PATHS.stream()
        .filter(p -> (p.isEmpty() ? PostingState.OPEN : p.get(p.size() - 1)) == target)
        .findFirst()
        .orElseThrow(() -> new InputProblem("state", "matching.state.notFrom", "OPEN", target));
  }

  private static PostingData withExpiry(PostingData d, LocalDate expires) {
    return new PostingData(
        d.side(),
        d.organisation(),
        d.title(),
        d.body(),
        d.targetGroups(),
        d.themes(),
        d.municipalities(),
        d.county(),
        d.neededBy(),
        d.actorTypes(),
        d.funding(),
        d.procurementRoutes(),
        d.capacity(),
        d.practices(),
        expires.toString());
  }
}
