package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.db.Gated;
import no.boforum.platform.text.TextFields;

/**
 * Registering for events and leaving them. Every change that takes or frees a seat runs under a
 * write lock on the event's row, so that the counts {@link Seats} reads hold until the transaction
 * commits: never one seat too many, and waiting lists served in order of arrival. One registration
 * per person and event is a unique key of the table.
 */
@ApplicationScoped
public class Registrations {
  /**
   * The gate of seat changes ({@link Gated}), by event: those who queue for an event's row lock
   * hold no connection while they wait.
   */
  static final String GATE = "event-seats";

  static final int MAX_ANSWER = 500;
  static final int MAX_FREE_ANSWER = 1000;

  /** A registration was made: confirmed, or waiting. */
  public record Registered(long registrationId) {}

  /** A registration was cancelled, by the person or by a host. */
  public record Left(long registrationId, boolean byHost) {}

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject Seats seats;
  @Inject EventAccess access;
  @Inject CurrentCaller current;
  @Inject OrganisationService organisations;
  @Inject CancelLinks cancelLinks;
  @Inject RegistrationViews views;
  @Inject Event<Registered> registered;
  @Inject Event<Left> left;
  Clock clock = Clock.systemUTC();

  /** Registers the current caller. */
  @Gated(GATE)
  @Transactional
  public MyRegistration register(String slug, RegistrationRequest request) {
    return register(slug, current.get(), request);
  }

  /**
   * Registers {@code caller}: a seat if one is free for their sector, else a place on the waiting
   * list. Refused when not logged in, outside the registration window, twice, or for an
   * organisation the caller is not a member of.
   */
  @Gated(GATE)
  @Transactional
  public MyRegistration register(String slug, Caller caller, RegistrationRequest request) {
    if (!caller.isAuthenticated()) {
      access.requireRegister();
    }
    // What depends on the caller and the event's rules only is checked before the lock is taken,
    // so that the lock is held for the count and the write alone.
    ForumEvent e =
        events
            .findBySlug(slug)
            .filter(x -> x.getState().isPublic())
            .orElseThrow(() -> new UnknownEventException(slug));
    requireOpen(e);
    EventData.Registration rules = e.getRules();
    if (rules.terms() != null && !request.acceptTerms()) {
      throw new InputProblem("acceptTerms", "event.termsRequired");
    }
    String sector = sector(caller, request);
    Registration.Answers answers = answers(rules, request.answers());
    events.relock(e);
    requireOpen(e);
    Optional<Registration> existing = registrations.find(e.getId(), caller.userId());
    if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
      throw new Conflict("event.alreadyRegistered");
    }
    if (existing.isPresent() && existing.get().isCancelledByHost()) {
      throw new Conflict("event.removedByHost");
    }
    // The database's clock orders the arrivals: the same for every instance.
    LocalDateTime now = registrations.databaseNow();
    Registration r =
        existing.orElseGet(() -> new Registration(e.getId(), caller.userId(), freeCode(e), now));
    List<SeatGroup> groups = events.seatGroups(e.getId());
    Long group = Seats.groupFor(groups, sector);
    if (!groups.isEmpty() && group == null && e.seating().getSeatsReleasedAt() == null) {
      // No group keeps seats for this sector and none are ever opened to all: no line to join.
      throw new Conflict("event.noSeatsForSector");
    }
    // Those already waiting come first: seats freed by a release are theirs before a newcomer's.
    seats.fill(e);
    boolean free = seats.seatFree(e, groups, group);
    r.arrive(
        request.as(),
        request.as() == RegisteredAs.ORGANISATION ? request.organisationId() : null,
        sector,
        group,
        answers,
        now);
    if (free) {
      r.confirm(now);
    } else {
      r.waitInLine(now);
    }
    if (existing.isEmpty()) {
      registrations.persist(r);
    }
    registrations.flush();
    registered.fire(new Registered(r.getId()));
    return views.view(e, r, groups);
  }

  private void requireOpen(ForumEvent e) {
    if (e.getState() != EventState.PUBLISHED) {
      throw new Conflict("event.registrationClosed");
    }
    LocalDateTime now = EventTimes.now(clock);
    if (e.seating().getRegistrationOpensAt() != null
        && now.isBefore(e.seating().getRegistrationOpensAt())) {
      throw new Conflict("event.registrationNotOpen");
    }
    LocalDateTime closes =
        e.seating().getRegistrationClosesAt() == null
            ? e.getStartsAt()
            : e.seating().getRegistrationClosesAt();
    if (!now.isBefore(closes)) {
      throw new Conflict("event.registrationClosed");
    }
  }

  private String sector(Caller caller, RegistrationRequest request) {
    if (request.as() == null) {
      throw new InputProblem("as", "event.registeredAsRequired");
    }
    if (request.as() != RegisteredAs.ORGANISATION) {
      return request.as().ownSector();
    }
    Long org = request.organisationId();
    if (org == null || !caller.holds(MembershipRole.MEMBER, org)) {
      throw new InputProblem("organisation", "event.notYourOrganisation");
    }
    return organisations
        .find(org)
        .map(OrganisationDetails::actorType)
        .orElseThrow(() -> new InputProblem("organisation", "event.notYourOrganisation"));
  }

  private static Registration.Answers answers(
      EventData.Registration rules, Registration.Answers given) {
    return new Registration.Answers(
        rules.askDietary()
            ? TextFields.optional("event", "dietaryNeeds", given.dietaryNeeds(), MAX_ANSWER)
            : null,
        rules.askAccessibility()
            ? TextFields.optional(
                "event", "accessibilityNeeds", given.accessibilityNeeds(), MAX_ANSWER)
            : null,
        rules.freeQuestion() != null
            ? TextFields.optional("event", "freeAnswer", given.freeAnswer(), MAX_FREE_ANSWER)
            : null);
  }

  private String freeCode(ForumEvent e) {
    String code = RegistrationCodes.draw();
    while (registrations.codeTaken(e.getId(), code)) {
      code = RegistrationCodes.draw();
    }
    return code;
  }

  /** The current caller leaves the event (or its waiting list); a freed seat goes to the next. */
  @Gated(GATE)
  @Transactional
  public void cancel(String slug) {
    cancel(slug, access.requireRegister());
  }

  /** {@code caller} leaves the event (or its waiting list); a freed seat goes to the next. */
  @Gated(GATE)
  @Transactional
  public void cancel(String slug, Caller caller) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    Registration r =
        registrations
            .find(e.getId(), caller.userId())
            .filter(x -> x.getStatus() != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> new Conflict("event.notRegistered"));
    requireNotBegun(e);
    leave(e, r, false);
  }

  /**
   * Cancels the registration a mailed link names, without logging in; answers the event's slug. An
   * altered or expired token changes nothing.
   */
  @Gated(GATE)
  @Transactional
  public String cancelByToken(String token) {
    CancelLinks.Named named =
        cancelLinks
            .read(token)
            .orElseThrow(() -> new InputProblem("token", "event.cancelLinkInvalid"));
    long id = named.registrationId();
    // The event's lock first, then the registration as it is now.
    long eventId =
        registrations
            .eventOf(id)
            .orElseThrow(() -> new InputProblem("token", "event.cancelLinkInvalid"));
    ForumEvent e = events.lock(eventId);
    Registration r = registrations.findById(id).orElseThrow();
    if (!CancelLinks.arrival(r).equals(named.arrival())) {
      // A link from an earlier registration of the same person: it no longer cancels anything.
      throw new InputProblem("token", "event.cancelLinkInvalid");
    }
    if (r.getStatus() != RegistrationStatus.CANCELLED) {
      requireNotBegun(e);
      leave(e, r, false);
    }
    return e.getSlug();
  }

  /** The current caller accepts a seat offered to them. */
  @Gated(GATE)
  @Transactional
  public MyRegistration acceptOffer(String slug) {
    return acceptOffer(slug, access.requireRegister());
  }

  /** {@code caller} accepts a seat offered to them. */
  @Gated(GATE)
  @Transactional
  public MyRegistration acceptOffer(String slug, Caller caller) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    Registration r =
        registrations
            .find(e.getId(), caller.userId())
            .filter(x -> x.getStatus() == RegistrationStatus.OFFERED)
            .orElseThrow(() -> new Conflict("event.noOffer"));
    LocalDateTime now = LocalDateTime.now(clock);
    if (!r.getOfferExpiresAt().isAfter(now)
        || e.getState() != EventState.PUBLISHED
        || !EventTimes.now(clock).isBefore(e.getStartsAt())) {
      // Too late: the event-seats job passes the seat on (this transaction is rolled back).
      throw new Conflict("event.offerExpired");
    }
    r.confirm(now);
    return views.view(e, r, events.seatGroups(e.getId()));
  }

  /** A host removes a registration; a freed seat goes to the next in line. */
  @Gated(GATE)
  @Transactional
  public void remove(String slug, long registrationId) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    access.requireManage(e);
    removeChecked(e, registrationId);
  }

  /** A host's removal, once their right to it was checked (or by the portal itself). */
  @Transactional
  void removeChecked(ForumEvent e, long registrationId) {
    Registration r =
        registrations
            .findById(registrationId)
            .filter(x -> x.getEventId().equals(e.getId()))
            .filter(x -> x.getStatus() != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> new Conflict("event.notRegistered"));
    leave(e, r, true);
  }

  /**
   * Once the event has begun a registration is attendance: the person no longer cancels it (a host
   * still may remove it).
   */
  private void requireNotBegun(ForumEvent e) {
    if (!EventTimes.now(clock).isBefore(e.getStartsAt())) {
      throw new Conflict("event.alreadyBegun");
    }
  }

  private void leave(ForumEvent e, Registration r, boolean byHost) {
    r.cancel(byHost, LocalDateTime.now(clock));
    left.fire(new Left(r.getId(), byHost));
    registrations.flush();
    seats.fill(e);
  }
}
