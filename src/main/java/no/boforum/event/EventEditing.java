package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.boforum.identity.Caller;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Slugs;

/**
 * Writing events: create a draft, save, publish, cancel, close. Each use case checks that the
 * caller runs the event (or may host for its organisation) and announces the change in the same
 * transaction; a move of time or place after publication and a cancellation tell the registrants.
 */
@ApplicationScoped
public class EventEditing {
  /** A move through an event's life. */
  public enum Transition {
    PUBLISH,
    CANCEL,
    CLOSE
  }

  /** An event as the editor starts from: its facts (with the join link) and version. */
  public record Editable(String slug, EventState state, EventData data, long version) {}

  /** Addresses under /events/ that pages own, so no event may be called so. */
  static final java.util.Set<String> RESERVED =
      java.util.Set.of("new", "cancel", "calendar", "month", "my", "past", "feed");

  @Inject EventRepository repository;
  @Inject EventValidator validator;
  @Inject EventAccess access;
  @Inject EventChanges changes;
  Clock clock = Clock.systemUTC();

  /** Creates a draft hosted by an organisation the caller may host for; returns its slug. */
  @Transactional
  public String create(EventData data) {
    EventData valid = validator.validate(data);
    Caller caller = access.requireHost(valid.hostOrganisationId());
    LocalDateTime now = LocalDateTime.now(clock);
    ForumEvent e = new ForumEvent(freeSlug(valid.title()), caller.userId(), now);
    e.update(valid, now);
    repository.persist(e);
    repository.replaceSeatGroups(e.getId(), valid.seatGroups());
    return e.getSlug();
  }

  /** The event for the editor form, if the caller runs it. */
  @Transactional
  public Optional<Editable> editable(String slug) {
    return repository
        .findBySlug(slug)
        .filter(access::mayManage)
        .map(
            e ->
                new Editable(
                    e.getSlug(),
                    e.getState(),
                    e.data(repository.seatGroups(e.getId())),
                    e.getVersion()));
  }

  /** Saves changed facts, if nobody saved since {@code version}; answers the new version. */
  @Transactional
  public long update(String slug, EventData data, long version) {
    ForumEvent e = require(slug);
    access.requireManage(e);
    if (e.getState() == EventState.CANCELLED || e.getState() == EventState.CLOSED) {
      throw new Conflict("event.notEditable");
    }
    if (e.getVersion() != version) {
      throw new Conflict("event.changedMeanwhile");
    }
    EventData valid = validator.validate(data);
    if (!Objects.equals(valid.hostOrganisationId(), e.getHostOrganisationId())) {
      // Handing the event over takes hosting rights on both sides: a co-host cannot take it.
      access.requireHost(e.getHostOrganisationId());
      access.requireHost(valid.hostOrganisationId());
    }
    if (!new java.util.HashSet<>(valid.cohostOrganisationIds())
        .equals(e.getCohostOrganisationIds())) {
      // Co-hosts see names and answers: only those who host for the host organisation name them.
      access.requireHost(e.getHostOrganisationId());
    }
    List<SeatGroup> before = repository.seatGroups(e.getId());
    EventData old = e.data(before);
    boolean moved = e.update(valid, LocalDateTime.now(clock));
    // Edited here: a seed file no longer decides this event's facts.
    e.setSourceHash(null);
    repository.replaceSeatGroups(e.getId(), valid.seatGroups());
    if (moved) {
      changes.moved(e);
    } else if (e.getState() != EventState.DRAFT) {
      changes.announce(e.getSlug());
    }
    if (seatsDiffer(old, valid)) {
      changes.seatsChanged(e);
    }
    repository.flush();
    return e.getVersion();
  }

  static boolean seatsDiffer(EventData a, EventData b) {
    return !Objects.equals(a.capacity(), b.capacity())
        || !seats(a).equals(seats(b))
        || !Objects.equals(a.seatsReleasedAt(), b.seatsReleasedAt());
  }

  /** The seat groups with their sectors as sets: the order sectors were ticked in is no change. */
  private static List<Object> seats(EventData d) {
    return d.seatGroups().stream()
        .map(g -> (Object) List.of(g.name(), g.seats(), java.util.Set.copyOf(g.sectors())))
        .toList();
  }

  /** Moves the event through its life; answers the state it is in after. */
  @Transactional
  public EventState move(String slug, Transition transition) {
    ForumEvent e = require(slug);
    access.requireManage(e);
    LocalDateTime now = LocalDateTime.now(clock);
    switch (transition) {
      case PUBLISH -> {
        requireState(e, EventState.DRAFT);
        e.moveTo(EventState.PUBLISHED, now);
        changes.announce(e.getSlug());
      }
      case CANCEL -> {
        requireState(e, EventState.PUBLISHED);
        if (!e.getEndsAt().isAfter(EventTimes.now(clock))) {
          throw new Conflict("event.alreadyOver");
        }
        e.moveTo(EventState.CANCELLED, now);
        changes.cancelled(e);
      }
      case CLOSE -> {
        requireState(e, EventState.PUBLISHED);
        if (e.getEndsAt().isAfter(EventTimes.now(clock))) {
          throw new Conflict("event.notOverYet");
        }
        e.moveTo(EventState.CLOSED, now);
        changes.announce(e.getSlug());
      }
    }
    // Moved here: a seed file no longer decides where this event is either.
    e.setSourceHash(null);
    return e.getState();
  }

  /** Deletes a draft that nobody has seen. */
  @Transactional
  public void deleteDraft(String slug) {
    ForumEvent e = require(slug);
    access.requireManage(e);
    requireState(e, EventState.DRAFT);
    repository.remove(e);
  }

  private static void requireState(ForumEvent e, EventState expected) {
    if (e.getState() != expected) {
      throw new Conflict("event.transitionImpossible");
    }
  }

  /**
   * The event, locked until the transaction ends: a write waits for registrations in progress and
   * reads the registrants (for its mails) as they are after them.
   */
  ForumEvent require(String slug) {
    return repository.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
  }

  private String freeSlug(String title) {
    String base = Slugs.of(title);
    if (base.isEmpty()) {
      throw new InputProblem("title", "event.required");
    }
    String slug = RESERVED.contains(base) ? base + "-2" : base;
    for (int n = 2; repository.slugTaken(slug) || RESERVED.contains(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
