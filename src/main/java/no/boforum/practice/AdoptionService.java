package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import no.boforum.identity.Authorization;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.taxonomy.Taxonomies;

/**
 * Spread: organisations report that they took up a practice, and where it stands. Only an editor of
 * the adopting organisation reports or changes its adoption; reviewers may remove any.
 */
@ApplicationScoped
public class AdoptionService {
  static final int MAX_NOTE = 2000;

  @Inject PracticeRepository repository;
  @Inject PracticeParts parts;
  @Inject Authorization authorization;
  @Inject CurrentCaller caller;
  @Inject Taxonomies taxonomies;
  @Inject PracticeChanges changes;
  Clock clock = Clock.systemUTC();

  @Transactional
  public AdoptionView report(String slug, AdoptionData data) {
    Practice p = repository.findBySlug(slug).orElseThrow(() -> new UnknownPracticeException(slug));
    if (p.getState() != PracticeState.PUBLISHED) {
      throw new UnknownPracticeException(slug);
    }
    if (data.organisationId() == null) {
      throw new InputProblem("organisation", "adoption.organisationRequired");
    }
    authorization.require(PracticeAction.EDIT, data.organisationId());
    AdoptionData valid = check(data);
    repository.lock(p);
    boolean reported =
        parts.adoptions(p.getId()).stream()
            .anyMatch(
                a ->
                    data.organisationId().equals(a.getOrganisationId())
                        && a.getMunicipality().equals(valid.municipality()));
    if (reported) {
      throw new Conflict("adoption.alreadyReported");
    }
    Adoption a = add(p, valid, caller.get().userId(), LocalDateTime.now(clock));
    recount(p);
    return PracticeViews.adoption(a, Map.of());
  }

  @Transactional
  public void update(long id, AdoptionData data, long version) {
    Adoption a =
        parts.findAdoption(id).orElseThrow(() -> new UnknownPracticeException("adoption " + id));
    authorization.require(PracticeAction.EDIT, a.getOrganisationId());
    repository.lock(practiceOf(a));
    if (a.getVersion() != version) {
      throw new Conflict("adoption.changedMeanwhile");
    }
    AdoptionData valid =
        check(
            new AdoptionData(
                a.getOrganisationId(),
                data.municipality(),
                data.startedOn(),
                data.status(),
                data.note()));
    a.update(valid, LocalDateTime.now(clock));
    repository.persist(a);
    recount(practiceOf(a));
  }

  @Transactional
  public void remove(long id) {
    Adoption a =
        parts.findAdoption(id).orElseThrow(() -> new UnknownPracticeException("adoption " + id));
    if (!authorization.allows(PracticeAction.REVIEW)) {
      authorization.require(PracticeAction.EDIT, a.getOrganisationId());
    }
    Practice p = practiceOf(a);
    repository.lock(p);
    repository.remove(a);
    recount(p);
  }

  AdoptionData check(AdoptionData d) {
    if (d.municipality() == null || !taxonomies.exists(Taxonomies.MUNICIPALITY, d.municipality())) {
      throw new InputProblem("municipality", "adoption.municipalityRequired");
    }
    if (d.status() == null) {
      throw new InputProblem("status", "adoption.statusRequired");
    }
    String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
    if (note != null && note.length() > MAX_NOTE) {
      throw new InputProblem("note", "practice.tooLong", MAX_NOTE, note.length());
    }
    return new AdoptionData(d.organisationId(), d.municipality(), d.startedOn(), d.status(), note);
  }

  Adoption add(Practice p, AdoptionData data, Long reporter, LocalDateTime now) {
    Adoption a = new Adoption(p.getId(), reporter, now);
    a.update(check(data), now);
    repository.persist(a);
    return a;
  }

  /** Counts the municipalities where the practice runs, and reindexes it when that changed. */
  void recount(Practice p) {
    int spread = parts.runningIn(p.getId());
    if (spread != p.getSpread()) {
      repository.writeSpread(p, spread);
      changes.announce(p.getSlug());
    }
  }

  private Practice practiceOf(Adoption a) {
    return repository.findById(a.getPracticeId());
  }
}
