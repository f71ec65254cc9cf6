package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.AccountDeleted;

/**
 * The seats' upkeep when nobody registers: offers that ran out, released seat groups, an editor's
 * change of the seats, and a deleted account. Each under the event's lock, like every change of a
 * seat (see {@link Registrations}).
 */
@ApplicationScoped
public class RegistrationUpkeep {
  /** An offered seat was not accepted in time and passed on. */
  public record OfferLapsed(long registrationId) {}

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject PersonRegistrations people;
  @Inject Seats seats;
  @Inject Event<OfferLapsed> lapsed;
  Clock clock = Clock.systemUTC();

  /** Offers that ran out pass to the next in line; answers how many ran out. */
  @Transactional
  public int expireOffers(long eventId) {
    ForumEvent e = events.lock(eventId);
    LocalDateTime now = LocalDateTime.now(clock);
    List<Registration> expired = registrations.expiredOffers(eventId, now);
    for (Registration r : expired) {
      r.cancel(false, now);
      lapsed.fire(new OfferLapsed(r.getId()));
    }
    registrations.flush();
    seats.fill(e);
    return expired.size();
  }

  /** Fills the event's free seats (after a release time passed); answers how many moved up. */
  @Transactional
  public int fill(long eventId) {
    return seats.fill(events.lock(eventId)).size();
  }

  /** The seats changed in an editor's save: place everyone again and fill what freed. */
  void seatsChanged(@Observes EventChanges.SeatsChanged changed) {
    ForumEvent e = events.lock(changed.eventId());
    seats.regroup(e);
    seats.fill(e);
  }

  /**
   * A deleted account's registrations for events to come go, and the seats they held go to the next
   * in line; those for events that began are kept without the person, so a past event's attendance
   * and mix of sectors stay as they were.
   */
  void accountDeleted(@Observes AccountDeleted deleted) {
    LocalDateTime now = LocalDateTime.now(clock);
    // Events locked in the order of their ids, so two deletions at once cannot wait for each
    // other. A registration for an event that began changes no seat: it needs no lock.
    List<Registration> all = new java.util.ArrayList<>(people.allOfUser(deleted.userId()));
    all.sort(java.util.Comparator.comparing(Registration::getEventId));
    for (Registration r : all) {
      ForumEvent e = events.find(r.getEventId());
      if (e.getState() == EventState.CLOSED || !EventTimes.now(clock).isBefore(e.getStartsAt())) {
        r.anonymise(now);
        continue;
      }
      events.relock(e);
      boolean held = r.getStatus().holdsSeat();
      registrations.remove(r);
      registrations.flush();
      if (held) {
        seats.fill(e);
      }
    }
  }
}
