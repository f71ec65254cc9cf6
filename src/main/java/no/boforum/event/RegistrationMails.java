package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail to registrants, in each one's language, queued in the transaction of the change that causes
 * it (so a registration that fails sends nothing): confirmation or waiting list, a seat given or
 * offered, an offer that lapsed, a host's removal, a change of time or place, a cancellation, and
 * the reminder before the event. Each mail carries the event's address and a link that cancels
 * without logging in.
 */
@ApplicationScoped
public class RegistrationMails {
  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject CancelLinks cancelLinks;
  @Inject ProfileService profiles;
  @Inject MailOutbox mail;
  @Inject EventCalendars calendars;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  void registered(@Observes Registrations.Registered r) {
    registrations
        .findById(r.registrationId())
        .ifPresent(
            reg ->
                send(
                    reg,
                    reg.getStatus() == RegistrationStatus.CONFIRMED
                        ? "event.mail.confirmed"
                        : "event.mail.waiting",
                    reg.getStatus() == RegistrationStatus.CONFIRMED));
  }

  void promoted(@Observes Seats.Promoted p) {
    registrations
        .findById(p.registrationId())
        .ifPresent(
            reg ->
                send(
                    reg,
                    reg.getStatus() == RegistrationStatus.OFFERED
                        ? "event.mail.offered"
                        : "event.mail.promoted",
                    reg.getStatus() == RegistrationStatus.CONFIRMED));
  }

  void left(@Observes Registrations.Left l) {
    if (l.byHost()) {
      registrations.findById(l.registrationId()).ifPresent(reg -> send(reg, "event.mail.removed"));
    }
  }

  void lapsed(@Observes RegistrationUpkeep.OfferLapsed l) {
    registrations
        .findById(l.registrationId())
        .ifPresent(reg -> send(reg, "event.mail.offerLapsed"));
  }

  /** Those with a seat get the changed .ics (a higher sequence), which updates their calendar. */
  void moved(@Observes EventChanges.Moved m) {
    for (Registration reg : registrations.active(m.eventId())) {
      reg.reminded(null);
      send(reg, "event.mail.moved", reg.getStatus().holdsSeat());
    }
  }

  /** Those with a seat get the .ics marked cancelled, which takes it out of their calendar. */
  void cancelled(@Observes EventChanges.Cancelled c) {
    for (Registration reg : registrations.active(c.eventId())) {
      send(reg, "event.mail.cancelled", reg.getStatus().holdsSeat());
    }
  }

  /** The reminder before the event, to one registrant with a seat. */
  void remind(Registration reg, LocalDateTime now) {
    send(reg, "event.mail.reminder");
    reg.reminded(now);
  }

  /**
   * One mail of a kind: {@code <kind>.subject} with the title, {@code <kind>.body} with the name,
   * title, time, place, address of the event page, the offer's deadline and the cancellation link.
   */
  private void send(Registration reg, String kind) {
    send(reg, kind, false);
  }

  /** As {@link #send(Registration, String)}, with the event's .ics if {@code withCalendar}. */
  private void send(Registration reg, String kind, boolean withCalendar) {
    // A registration kept without its person (a deleted account) has nobody to write to.
    Contact to = reg.getUserId() == null ? null : profiles.contact(reg.getUserId()).orElse(null);
    if (to == null) {
      return;
    }
    ForumEvent e = events.find(reg.getEventId());
    Locale locale = Messages.locale(to.language());
    String deadline =
        reg.getOfferExpiresAt() == null
            ? ""
            : EventTimes.describe(reg.getOfferExpiresAt().atOffset(ZoneOffset.UTC), locale);
    mail.queue(
        to.email(),
        Messages.format(locale, kind + ".subject", e.getTitle()),
        Messages.format(
            locale,
            kind + ".body",
            to.name(),
            e.getTitle(),
            EventTimes.describe(e.getStartsAt(), locale),
            place(e, locale),
            link("events/" + e.getSlug()),
            deadline,
            link("events/cancel?token=" + cancelLinks.token(reg.getId())),
            reg.getCode()),
        withCalendar ? calendars.attachment(e, locale) : null);
  }

  private static String place(ForumEvent e, Locale locale) {
    EventData d = e.data(List.of());
    if (!e.getFormat().hasVenue()) {
      return Messages.format(locale, "event.format.DIGITAL");
    }
    StringBuilder p = new StringBuilder(d.venueName() == null ? "" : d.venueName());
    if (d.venueAddress() != null) {
      p.append(", ").append(d.venueAddress());
    }
    return p.toString();
  }

  private String link(String path) {
    return PublicUrls.base(publicUrl) + path;
  }
}
