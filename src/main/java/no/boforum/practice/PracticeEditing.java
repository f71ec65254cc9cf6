package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.text.Slugs;
import no.boforum.practice.PracticeWorkflow.Rights;
import no.boforum.practice.PracticeWorkflow.Transition;

/**
 * Writing practices: create, save, move through the workflow, confirm as still accurate. Each use
 * case checks the caller's rights through {@link PracticeWorkflow}, keeps a revision, and queues
 * the practice for the search index in the same transaction.
 */
@ApplicationScoped
public class PracticeEditing {
  /** A practice as the editor form starts from: its facts, version and what the caller may do. */
  public record Editable(
      String slug, PracticeState state, PracticeData data, long version, boolean mayEdit) {}

  @Inject PracticeRepository repository;
  @Inject MarkdownRenderer markdown;
  @Inject PracticeValidator validator;
  @Inject PracticeRevisions revisions;
  @Inject PracticeAccess access;
  @Inject OrganisationService organisations;
  @Inject RevisionLabels labels;
  @Inject CurrentCaller caller;
  @Inject PracticeChanges changes;
  Clock clock = Clock.systemUTC();

  /** Creates a draft owned by one of the caller's organisations; returns its slug. */
  @Transactional
  public String create(PracticeData data, String note) {
    PracticeData valid = requireOrganisations(validator.validate(data));
    if (!access.rights(valid.ownerOrganisationId()).writes()) {
      access.refuse(PracticeAction.EDIT);
    }
    Practice p = new Practice(freeSlug(valid.title()), LocalDateTime.now(clock));
    p.update(valid, markdown, LocalDateTime.now(clock));
    p.setLastReviewedAt(LocalDateTime.now(clock));
    repository.persist(p);
    revisions.record(p, caller.get().userId(), note);
    return p.getSlug();
  }

  /** The practice for the editor form, if the caller may see it. */
  @Transactional
  public Optional<Editable> editable(String slug) {
    return repository
        .findBySlug(slug)
        .flatMap(
            p -> {
              Rights rights = access.rights(p.getOwnerOrganisationId());
              if (!PracticeWorkflow.mayView(p.getState(), rights)) {
                return Optional.empty();
              }
              return Optional.of(
                  new Editable(
                      p.getSlug(),
                      p.getState(),
                      p.data(),
                      p.getVersion(),
                      PracticeWorkflow.mayEdit(p.getState(), rights)));
            });
  }

  /** Saves changed facts, if nobody saved since {@code version}. */
  @Transactional
  public long update(String slug, PracticeData data, long version, String note) {
    Practice p = require(slug);
    Rights rights = access.rights(p.getOwnerOrganisationId());
    if (!PracticeWorkflow.mayView(p.getState(), rights)) {
      throw new UnknownPracticeException(slug);
    }
    if (!PracticeWorkflow.mayEdit(p.getState(), rights)) {
      if (p.getState() == PracticeState.ARCHIVED && rights.writes()) {
        throw new Conflict("practice.notEditableInState", p.getState().name());
      }
      access.refuse(PracticeAction.EDIT);
    }
    if (p.getVersion() != version) {
      throw new Conflict("practice.changedMeanwhile");
    }
    PracticeData valid = requireOrganisations(validator.validate(data));
    if (!valid.ownerOrganisationId().equals(p.getOwnerOrganisationId())
        && !access.rights(valid.ownerOrganisationId()).writes()) {
      throw new InputProblem("owner", "practice.ownerNotYours");
    }
    p.update(valid, markdown, LocalDateTime.now(clock));
    if (p.getState() == PracticeState.PUBLISHED) {
      // Saving a published practice is a review of it.
      p.setLastReviewedAt(LocalDateTime.now(clock));
    }
    // Edited here: the seed file no longer decides this practice's facts.
    p.setSourceHash(null);
    repository.persist(p);
    revisions.record(p, caller.get().userId(), note);
    changes.announce(slug);
    return p.getVersion();
  }

  /** Moves the practice through the workflow; an impossible move is a conflict, not a 403. */
  @Transactional
  public PracticeState move(String slug, Transition transition, String note) {
    Practice p = require(slug);
    Rights rights = access.rights(p.getOwnerOrganisationId());
    if (!PracticeWorkflow.mayView(p.getState(), rights)) {
      throw new UnknownPracticeException(slug);
    }
    if (!transition.startsIn(p.getState())) {
      throw new Conflict("practice.transitionImpossible", transition.name(), p.getState().name());
    }
    if (!PracticeWorkflow.mayMake(transition, rights)) {
      access.refuse(transition == Transition.PUBLISH ? PracticeAction.REVIEW : PracticeAction.EDIT);
    }
    p.moveTo(transition.to(), LocalDateTime.now(clock));
    // Moved here: the seed file no longer decides where this practice is either.
    p.setSourceHash(null);
    repository.persist(p);
    revisions.record(p, caller.get().userId(), note);
    changes.announce(slug);
    return p.getState();
  }

  /**
   * Confirms that a published practice is still accurate, which clears its review flag. Any writer
   * of the practice may: it changes no content. Written past the version, so that an editor with
   * the form open is not told that someone changed the practice.
   */
  @Transactional
  public void confirmReviewed(String slug) {
    Practice p = require(slug);
    Rights rights = access.rights(p.getOwnerOrganisationId());
    if (!PracticeWorkflow.mayView(p.getState(), rights)) {
      throw new UnknownPracticeException(slug);
    }
    if (!rights.writes()) {
      access.refuse(PracticeAction.EDIT);
    }
    repository.markReviewed(p.getId(), LocalDateTime.now(clock));
  }

  /** The revisions of a practice, newest first, for those who may see its unpublished states. */
  @Transactional
  public List<PracticeRevisions.RevisionView> history(String slug) {
    return revisions.list(requireInsider(slug));
  }

  /** The differences between two revisions, as people read them in {@code language}. */
  @Transactional
  public List<RevisionDiff.FieldChange> compare(String slug, int from, int to, String language) {
    Practice p = requireInsider(slug);
    PracticeData a =
        revisions
            .data(p, from)
            .orElseThrow(() -> new InputProblem("from", "practice.noRevision", from));
    PracticeData b =
        revisions.data(p, to).orElseThrow(() -> new InputProblem("to", "practice.noRevision", to));
    return RevisionDiff.between(a, b, labels.in(language, a, b));
  }

  /** The owner and partners must exist: ids from a form or the API may be anything. */
  private PracticeData requireOrganisations(PracticeData d) {
    var known = organisations.byIds(d.partnerOrganisationIds());
    if (known.size() != d.partnerOrganisationIds().size()) {
      throw new InputProblem("partners", "practice.organisationGone");
    }
    if (organisations.find(d.ownerOrganisationId()).isEmpty()) {
      throw new InputProblem("owner", "practice.organisationGone");
    }
    return d;
  }

  private Practice requireInsider(String slug) {
    Practice p = require(slug);
    Rights rights = access.rights(p.getOwnerOrganisationId());
    if (!rights.member() && !rights.writes()) {
      if (p.getState() != PracticeState.PUBLISHED) {
        throw new UnknownPracticeException(slug);
      }
      access.refuse(PracticeAction.VIEW_UNPUBLISHED);
    }
    return p;
  }

  private Practice require(String slug) {
    return repository.findBySlug(slug).orElseThrow(() -> new UnknownPracticeException(slug));
  }

  private String freeSlug(String title) {
    String base = Slugs.of(title);
    String slug = base;
    for (int n = 2; repository.slugTaken(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
