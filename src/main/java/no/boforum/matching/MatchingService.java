package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.boforum.event.EventClosing;
import no.boforum.event.FindingKind;
import no.boforum.event.FindingSource;
import no.boforum.identity.Authorization;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;

/**
 * The use cases of needs and offers: read them (anyone), post, change and move them (the owning
 * organisation's editors, asked through {@link Authorization}). Every write announces the change
 * for search in its transaction.
 */
@ApplicationScoped
@Transactional
public class MatchingService {
  static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  @Inject MatchingRepository repository;
  @Inject MatchingValidator validator;
  @Inject MatchingViews views;
  @Inject MatchingChanges changes;
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;
  @Inject EventClosing findings;

  Clock clock = Clock.systemUTC();

  public Optional<PostingDetails> find(long id) {
    return Optional.ofNullable(repository.find(id)).map(views::details);
  }

  public PostingDetails get(long id) {
    return find(id).orElseThrow(() -> new UnknownPostingException(id));
  }

  public List<PostingDetails> list(
      PostingFilter filter, PostingFilter.Sort sort, int offset, int limit) {
    return views.details(repository.list(filter, sort, offset, limit));
  }

  /** When any posting last changed (UTC), for the board's Last-Modified. */
  public Optional<LocalDateTime> lastChange() {
    return repository.lastChange();
  }

  public long count(PostingFilter filter) {
    return repository.count(filter);
  }

  /** True if the current caller may write for the organisation that owns the posting. */
  public boolean mayWrite(PostingDetails posting) {
    return posting.organisation() != null
        && authorization.allows(MatchingAction.WRITE, posting.organisation().id());
  }

  /** Posts a need or an offer for the organisation the data names; it starts open. */
  public PostingDetails post(PostingData data) {
    return post(data, null);
  }

  /**
   * Posts a need or an offer; a need may be made from a forum's finding of what municipalities want
   * ({@code fromFinding}, or null), which its page then names.
   */
  public PostingDetails post(PostingData data, Long fromFinding) {
    Side side = MatchingValidator.side(data.side());
    OrganisationDetails owner =
        data.organisation() == null
            ? null
            : organisations.find(data.organisation().strip()).orElse(null);
    if (owner == null) {
      throw new InputProblem("organisation", "matching.organisation.required");
    }
    authorization.require(MatchingAction.WRITE, owner.id());
    PostingData.Valid valid = validator.validate(side, data, today(), null);
    Posting posting = new Posting(side, owner.id(), now());
    posting.apply(valid, now());
    if (fromFinding != null) {
      if (side != Side.NEED || wantedFinding(fromFinding).isEmpty()) {
        throw new InputProblem("fromFinding", "matching.finding.unknown");
      }
      posting.cameFrom(fromFinding);
    }
    repository.persist(posting);
    changes.announce(posting.getId());
    return views.details(posting);
  }

  /**
   * Changes the facts of a posting; the side and the owner stay. {@code version} is the one the
   * writer read: a change made meanwhile refuses this one.
   */
  public PostingDetails update(long id, PostingData data, long version) {
    Posting posting = owned(id);
    if (posting.getVersion() != version) {
      throw new OptimisticLockException("posting " + id + " changed meanwhile");
    }
    PostingData.Valid valid =
        validator.validate(posting.getSide(), data, today(), posting.getExpiresOn());
    posting.apply(valid, now());
    changes.announce(id);
    repository.flush(); // the answer gives the version after this change
    return views.details(posting);
  }

  /**
   * Moves a posting to another state, as its owner's editors may (see {@link PostingState}).
   *
   * @param from the state the writer saw, or null: if it has moved meanwhile, nothing is done
   */
  public PostingDetails move(long id, PostingState next, PostingState from) {
    Posting posting = owned(id);
    if (from != null && posting.getState() != from) {
      throw new Conflict("matching.changedMeanwhile");
    }
    posting.move(next, today(), now());
    changes.announce(id);
    repository.flush(); // the answer gives the version after this change
    return views.details(posting);
  }

  /**
   * Another organisation got in touch about the posting: an open one moves to in dialogue. No check
   * of the owner's rights here, as the writer is the other organisation; conversations check theirs
   * before they call this.
   */
  public void enterDialogue(long id) {
    Posting posting = repository.find(id);
    if (posting != null && posting.enterDialogue(now())) {
      changes.announce(id);
    }
  }

  /** A closed forum's finding of what municipalities want, as a need may be made from it. */
  public Optional<FindingSource> wantedFinding(long findingId) {
    return findings.finding(findingId).filter(f -> f.kind() == FindingKind.MUNICIPALITIES_WANT);
  }

  private Posting owned(long id) {
    Posting posting = repository.find(id);
    if (posting == null) {
      throw new UnknownPostingException(id);
    }
    authorization.require(MatchingAction.WRITE, posting.getOrganisationId());
    return posting;
  }

  /** The expiry date a new posting is offered: three months from today. */
  public LocalDate defaultExpiry() {
    return today().plusMonths(3);
  }

  LocalDate today() {
    return today(clock.instant());
  }

  /** The date in Norway at {@code now}: the day an expiry date stands through. */
  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, NORWAY);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
