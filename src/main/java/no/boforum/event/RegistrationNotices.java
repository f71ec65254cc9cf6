package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;

/**
 * What registrants are told, as notifications made in the transaction of the change that causes
 * them (a registration that fails tells nothing): a seat or the waiting list, a seat given or
 * offered, an offer that lapsed, a host's removal, a change of time or place, a cancellation, and
 * the reminder before the event. The mail about them carries the event's time and place, the code,
 * a link that cancels without logging in and the calendar entry ({@link
 * RegistrationMailAdditions}), as they are when it is written.
 */
@ApplicationScoped
public class RegistrationNotices implements NotificationKinds {
  /** The answer to one's own registration, and what becomes of it: a receipt, mailed at once. */
  static final NotificationKind REGISTRATION =
      new NotificationKind("event.registration", Delivery.IMMEDIATE, true, true);

  /** A move or a cancellation of an event one is registered for. */
  static final NotificationKind CHANGE =
      new NotificationKind("event.change", Delivery.IMMEDIATE, true);

  /** The reminder before the event, mailed when it is made. */
  static final NotificationKind REMINDER =
      new NotificationKind("event.reminder", Delivery.IMMEDIATE, false, true);

  static final List<NotificationKind> KINDS = List.of(REGISTRATION, CHANGE, REMINDER);

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject Notifications notifications;

  void registered(@Observes Registrations.Registered r) {
    registrations
        .findById(r.registrationId())
        .ifPresent(
            reg ->
                tell(
                    REGISTRATION,
                    reg.getStatus() == RegistrationStatus.CONFIRMED ? "confirmed" : "waiting",
                    reg));
  }

  void promoted(@Observes Seats.Promoted p) {
    registrations
        .findById(p.registrationId())
        .ifPresent(
            reg ->
                tell(
                    REGISTRATION,
                    reg.getStatus() == RegistrationStatus.OFFERED ? "offered" : "promoted",
                    reg));
  }

  void left(@Observes Registrations.Left l) {
    if (l.byHost()) {
      registrations
          .findById(l.registrationId())
          .ifPresent(reg -> tell(REGISTRATION, "removed", reg));
    }
  }

  void lapsed(@Observes RegistrationUpkeep.OfferLapsed l) {
    registrations
        .findById(l.registrationId())
        .ifPresent(reg -> tell(REGISTRATION, "offer-lapsed", reg));
  }

  /** A move also clears the reminders' marks: the new time gets its own reminder. */
  void moved(@Observes EventChanges.Moved m) {
    for (Registration reg : registrations.active(m.eventId())) {
      reg.reminded(null);
      tell(CHANGE, "moved", reg);
    }
  }

  void cancelled(@Observes EventChanges.Cancelled c) {
    for (Registration reg : registrations.active(c.eventId())) {
      tell(CHANGE, "cancelled", reg);
    }
  }

  /** The reminder before the event, to one registrant with a seat. */
  void remind(Registration reg, LocalDateTime now) {
    tell(REMINDER, null, reg);
    reg.reminded(now);
  }

  /** Tells the registrant (nobody, for a registration kept without its deleted account). */
  private void tell(NotificationKind kind, String variant, Registration reg) {
    if (reg.getUserId() == null) {
      return;
    }
    ForumEvent e = events.find(reg.getEventId());
    Notice notice =
        Notice.of(
            kind,
            new Notice.Subject(
                "event", String.valueOf(e.getId()), e.getTitle(), "events/" + e.getSlug()));
    notifications.send(
        variant == null ? notice : notice.variant(variant), List.of(reg.getUserId()));
  }

  @Override
  public List<NotificationKind> kinds() {
    return KINDS;
  }

  @Override
  public int order() {
    return 15;
  }
}
