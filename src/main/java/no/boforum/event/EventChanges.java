package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import no.boforum.platform.outbox.ContentChanged;

/**
 * Announces, once and in the changing transaction, that an event changed (for search and any later
 * listener), and tells registrants' mail of a move or a cancellation.
 */
@ApplicationScoped
public class EventChanges {
  /** The kind's name in announcements and in search. */
  public static final String KIND = "event";

  /** The time or place of a published event changed; registrants are to be told. */
  public record Moved(long eventId) {}

  /** A published event was called off; registrants are to be told. */
  public record Cancelled(long eventId) {}

  /**
   * The seats of an event changed (capacity, seat groups or their release): registrations are
   * placed again and the waiting lists promoted, in the same transaction.
   */
  public record SeatsChanged(long eventId) {}

  @Inject Event<ContentChanged> changed;
  @Inject Event<SeatsChanged> seats;
  @Inject Event<Moved> moved;
  @Inject Event<Cancelled> cancelled;

  @Transactional(TxType.MANDATORY)
  public void announce(String slug) {
    changed.fire(ContentChanged.of(KIND, slug));
  }

  @Transactional(TxType.MANDATORY)
  public void moved(ForumEvent e) {
    announce(e.getSlug());
    moved.fire(new Moved(e.getId()));
  }

  @Transactional(TxType.MANDATORY)
  public void seatsChanged(ForumEvent e) {
    seats.fire(new SeatsChanged(e.getId()));
  }

  @Transactional(TxType.MANDATORY)
  public void cancelled(ForumEvent e) {
    announce(e.getSlug());
    cancelled.fire(new Cancelled(e.getId()));
  }
}
