package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who gets a seat. Always called under the event's row lock (see {@link EventRepository#lock}), so
 * that the counts it reads cannot change before it writes.
 *
 * <p>Without seat groups an event has one capacity (none: unlimited) and one waiting list. With
 * seat groups, each group's seats go to the sectors it covers, in order of arrival, each with its
 * own waiting list; a sector no group covers waits on the event's own list. From the release time
 * on, every seat not taken is open to everyone: one pool, and the waiting lists are served together
 * in order of arrival. Close to the event ({@code offerWindowHours} before its start) a seat that
 * frees is offered, to be accepted within {@code offerHours}, instead of given.
 */
@ApplicationScoped
public class Seats {
  /** Someone on a waiting list got a seat, or an offer of one. */
  public record Promoted(long registrationId) {}

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject Event<Promoted> promoted;
  Clock clock = Clock.systemUTC();

  /** The seat group whose sectors include {@code sector}, or null. */
  static Long groupFor(List<SeatGroup> groups, String sector) {
    return groups.stream()
        .filter(g -> g.covers(sector))
        .map(SeatGroup::getId)
        .findFirst()
        .orElse(null);
  }

  /** True if the event's groups are one pool now: it has groups and their release time passed. */
  boolean released(ForumEvent e, List<SeatGroup> groups) {
    return !groups.isEmpty()
        && e.seating().getSeatsReleasedAt() != null
        && !EventTimes.now(clock).isBefore(e.seating().getSeatsReleasedAt());
  }

  /** True if a newcomer to {@code group} would get a seat now. */
  @Transactional(TxType.MANDATORY)
  public boolean seatFree(ForumEvent e, List<SeatGroup> groups, Long group) {
    Map<Long, Long> held = registrations.seatsHeld(e.getId());
    long total = held.values().stream().mapToLong(Long::longValue).sum();
    if (groups.isEmpty()) {
      return e.seating().getCapacity() == null || total < e.seating().getCapacity();
    }
    if (released(e, groups)) {
      return total < groups.stream().mapToLong(SeatGroup::getSeats).sum();
    }
    if (group == null) {
      return false;
    }
    SeatGroup g = groups.stream().filter(x -> x.getId().equals(group)).findFirst().orElseThrow();
    return held.getOrDefault(group, 0L) < g.getSeats();
  }

  /**
   * Gives free seats to those waiting, first come first, and answers them: after a cancellation, a
   * host's removal, a raised capacity, a released group or an offer that ran out. Nothing moves
   * once the event has started, or when it is not published.
   */
  @Transactional(TxType.MANDATORY)
  public List<Registration> fill(ForumEvent e) {
    if (e.getState() != EventState.PUBLISHED || !EventTimes.now(clock).isBefore(e.getStartsAt())) {
      return List.of();
    }
    List<SeatGroup> groups = events.seatGroups(e.getId());
    Map<Long, Long> held = registrations.seatsHeld(e.getId());
    long total = held.values().stream().mapToLong(Long::longValue).sum();
    List<Registration> lucky = new ArrayList<>();
    if (groups.isEmpty() || released(e, groups)) {
      Integer capacity =
          groups.isEmpty()
              ? e.seating().getCapacity()
              : Integer.valueOf(groups.stream().mapToInt(SeatGroup::getSeats).sum());
      long free = capacity == null ? Integer.MAX_VALUE : capacity - total;
      if (free > 0) {
        lucky.addAll(registrations.waitingAll(e.getId(), (int) Math.min(free, Integer.MAX_VALUE)));
      }
    } else {
      for (SeatGroup g : groups) {
        long free = g.getSeats() - held.getOrDefault(g.getId(), 0L);
        if (free > 0) {
          lucky.addAll(registrations.waiting(e.getId(), g.getId(), (int) free));
        }
      }
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime expires = offerExpiry(e, now);
    for (Registration r : lucky) {
      r.promote(expires, now);
      promoted.fire(new Promoted(r.getId()));
    }
    return lucky;
  }

  /**
   * When an offer made now runs out (UTC), or null when a seat that frees now is simply given: the
   * event is further away than its offer window.
   */
  LocalDateTime offerExpiry(ForumEvent e, LocalDateTime nowUtc) {
    EventData.Registration rules = e.getRules();
    LocalDateTime startUtc =
        EventTimes.zoned(e.getStartsAt()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    if (nowUtc.isBefore(startUtc.minusHours(rules.offerWindowHours()))) {
      return null;
    }
    LocalDateTime expiry = nowUtc.plusHours(rules.offerHours());
    return expiry.isAfter(startUtc) ? startUtc : expiry;
  }

  /**
   * Places every open registration in the group that now covers its sector, after the groups
   * changed; a confirmed seat is never taken away, even where a group became smaller.
   */
  @Transactional(TxType.MANDATORY)
  public void regroup(ForumEvent e) {
    List<SeatGroup> groups = events.seatGroups(e.getId());
    for (Registration r : registrations.active(e.getId())) {
      r.regroup(groupFor(groups, r.getSector()));
    }
    registrations.flush();
  }
}
