package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.platform.InputProblem;

/**
 * Seed events from content files: published, or closed with the report and findings as a host's
 * closing writes them, but without asking for a host (the files are trusted as the code is). An
 * unchanged file writes nothing; an event that someone has since edited, moved or closed in the
 * portal is left alone.
 */
@ApplicationScoped
public class EventImport {
  /** What an import did with one event. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** Changed in the portal since (or created there): the file no longer decides. */
    KEPT
  }

  /** An event as its file describes it: the facts, where it is, and for a closed one its report. */
  public record Seed(
      String slug, EventData data, EventState state, String report, List<FindingData> findings) {
    public Seed {
      findings = findings == null ? List.of() : List.copyOf(findings);
    }
  }

  @Inject EventRepository repository;
  @Inject EventValidator validator;
  @Inject EventClosing closing;
  @Inject EventChanges changes;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Outcome importEvent(Seed seed, String sourceHash) {
    Optional<ForumEvent> existing = repository.findBySlug(seed.slug());
    if (existing.isPresent() && sourceHash.equals(existing.get().getSourceHash())) {
      return Outcome.UNCHANGED;
    }
    if (existing.isPresent() && existing.get().getSourceHash() == null) {
      return Outcome.KEPT;
    }
    if (EventEditing.RESERVED.contains(seed.slug())) {
      throw new InputProblem("slug", "event.slugReserved", seed.slug());
    }
    EventData valid = validator.validateImported(seed.data());
    requireReachable(existing, seed, valid);
    LocalDateTime now = LocalDateTime.now(clock);
    ForumEvent e = existing.orElseGet(() -> new ForumEvent(seed.slug(), null, now));
    EventData before = existing.map(x -> x.data(repository.seatGroups(x.getId()))).orElse(null);
    boolean moved = e.update(valid, now);
    e.setSourceHash(sourceHash);
    repository.persist(e);
    repository.replaceSeatGroups(e.getId(), valid.seatGroups());
    if (e.getState() == EventState.DRAFT) {
      e.moveTo(EventState.PUBLISHED, now);
    }
    if (seed.state() == EventState.CLOSED) {
      closing.record(e, seed.report(), seed.findings());
    }
    if (moved) {
      changes.moved(e);
    } else {
      changes.announce(e.getSlug());
    }
    if (before != null && EventEditing.seatsDiffer(before, valid)) {
      changes.seatsChanged(e);
    }
    repository.flush();
    return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
  }

  /**
   * A file may publish an event or close one that is over; it cannot take a closed or cancelled
   * event back, nor close one that has not happened.
   */
  private void requireReachable(Optional<ForumEvent> existing, Seed seed, EventData valid) {
    if (seed.state() != EventState.PUBLISHED && seed.state() != EventState.CLOSED) {
      throw new InputProblem("state", "event.transitionImpossible");
    }
    EventState now = existing.map(ForumEvent::getState).orElse(EventState.DRAFT);
    if (seed.state() == EventState.PUBLISHED
        && (now == EventState.CLOSED || now == EventState.CANCELLED)) {
      throw new InputProblem("state", "event.transitionImpossible");
    }
    if (seed.state() == EventState.CLOSED && valid.endsAt().isAfter(EventTimes.now(clock))) {
      throw new InputProblem("state", "event.notOverYet");
    }
  }
}
