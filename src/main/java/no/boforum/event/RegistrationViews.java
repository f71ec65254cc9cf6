package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;

/**
 * Reading registrations: a person's own (with their place in line, code and join link) and the
 * public mix of sectors, which names nobody.
 */
@ApplicationScoped
public class RegistrationViews {
  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject PersonRegistrations people;
  @Inject Seats seats;
  @Inject CurrentCaller current;
  @Inject OrganisationService organisations;
  java.time.Clock clock = java.time.Clock.systemUTC();

  /** The current caller's registration for the event, if any and not cancelled. */
  @Transactional
  public Optional<MyRegistration> mine(String slug) {
    Caller caller = current.get();
    if (!caller.isAuthenticated()) {
      return Optional.empty();
    }
    return events
        .findBySlug(slug)
        .flatMap(
            e ->
                registrations
                    .find(e.getId(), caller.userId())
                    .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                    .map(r -> view(e, r, events.seatGroups(e.getId()))));
  }

  /** A page of a person's open registrations, for events to come or ({@code past}) over. */
  @Transactional
  public List<MyRegistration> ofUser(long userId, boolean past, int offset, int limit) {
    return people.ofUser(userId, past, EventTimes.now(clock), offset, limit).stream()
        .map(
            r -> {
              ForumEvent e = events.find(r.getEventId());
              return view(e, r, events.seatGroups(e.getId()));
            })
        .toList();
  }

  /** How many open registrations a person has for events to come or ({@code past}) over. */
  @Transactional
  public long countOfUser(long userId, boolean past) {
    return people.countOfUser(userId, past, EventTimes.now(clock));
  }

  /** Who is coming, by sector; counts only. */
  @Transactional
  public SectorMix mix(String slug) {
    ForumEvent e =
        events
            .findBySlug(slug)
            .filter(x -> x.getState().isPublic())
            .orElseThrow(() -> new UnknownEventException(slug));
    List<SeatGroup> groups = events.seatGroups(e.getId());
    Map<String, Long> bySector = registrations.confirmedBySector(e.getId());
    List<Registration> active = registrations.active(e.getId());
    long waiting = active.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count();
    long confirmed = bySector.values().stream().mapToLong(Long::longValue).sum();
    List<SectorMix.GroupSeats> groupSeats =
        groups.stream()
            .map(
                g ->
                    new SectorMix.GroupSeats(
                        g.getName(),
                        g.getSeats(),
                        active.stream()
                            .filter(r -> g.getId().equals(r.getSeatGroupId()))
                            .filter(r -> r.getStatus().holdsSeat())
                            .count(),
                        active.stream()
                            .filter(r -> g.getId().equals(r.getSeatGroupId()))
                            .filter(r -> r.getStatus() == RegistrationStatus.WAITING)
                            .count()))
            .toList();
    Integer capacity =
        groups.isEmpty()
            ? e.seating().getCapacity()
            : Integer.valueOf(groups.stream().mapToInt(SeatGroup::getSeats).sum());
    return new SectorMix(
        bySector.entrySet().stream()
            .map(en -> new SectorMix.SectorCount(en.getKey(), en.getValue()))
            .toList(),
        confirmed,
        waiting,
        capacity,
        groupSeats);
  }

  MyRegistration view(ForumEvent e, Registration r, List<SeatGroup> groups) {
    boolean released = seats.released(e, groups);
    Long place =
        r.getStatus() == RegistrationStatus.WAITING
            ? registrations.placeInLine(r, groups.isEmpty() || released)
            : null;
    String group =
        groups.stream()
            .filter(g -> g.getId().equals(r.getSeatGroupId()))
            .map(SeatGroup::getName)
            .findFirst()
            .orElse(null);
    String organisation =
        r.getOrganisationId() == null
            ? null
            : organisations.find(r.getOrganisationId()).map(OrganisationDetails::name).orElse(null);
    String joinLink =
        r.getStatus() == RegistrationStatus.CONFIRMED && e.getFormat().hasJoinLink()
            ? e.data(groups).joinLink()
            : null;
    return new MyRegistration(
        e.getSlug(),
        e.getTitle(),
        EventViews.offset(e.getStartsAt()),
        e.getState(),
        r.getStatus(),
        place,
        r.getCode(),
        r.getOfferExpiresAt() == null ? null : r.getOfferExpiresAt().atOffset(ZoneOffset.UTC),
        group,
        r.getRegisteredAs(),
        organisation,
        r.getSector(),
        joinLink,
        r.getTableGroup(),
        r.getAnswers());
  }
}
