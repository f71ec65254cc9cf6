package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.boforum.notification.MailAdditions;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a mail about an event says to a registrant, as things are when it is written: the time and
 * place; with a seat, the check-in code; with an offer, its deadline; while the registration stands
 * and the event is not cancelled, a link that cancels it without logging in (a fresh token, never
 * kept with the notification); and the calendar entry when a seat was given or the event moved or
 * was cancelled (its sequence as it is now, so a calendar that reads it follows the last change).
 */
@ApplicationScoped
public class RegistrationMailAdditions implements MailAdditions {
  /** What gives or changes a seat, and so sends the calendar entry with the mail. */
  private static final Set<String> CALENDAR =
      Set.of(
          "event.registration.confirmed",
          "event.registration.promoted",
          "event.change.moved",
          "event.change.cancelled");

  /** Whether it is news to a registrant (the kinds of {@link RegistrationNotices}). */
  private static boolean toRegistrant(String happened) {
    return RegistrationNotices.KINDS.stream()
        .anyMatch(k -> happened.equals(k.name()) || happened.startsWith(k.name() + "."));
  }

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject CancelLinks cancelLinks;
  @Inject EventCalendars calendars;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Override
  public String subjectType() {
    return "event";
  }

  @Override
  public Addition addition(String subjectKey, long userId, Locale locale, Set<String> happened) {
    if (happened.stream().noneMatch(RegistrationMailAdditions::toRegistrant)) {
      return Addition.NONE; // the hosts' reminder to close it, say: nothing of a registration
    }
    ForumEvent e = events.find(Long.parseLong(subjectKey));
    if (e == null) {
      return Addition.NONE;
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        Messages.format(locale, "notify.event.when", EventTimes.describe(e.getStartsAt(), locale)));
    lines.add(Messages.format(locale, "notify.event.where", EventCalendars.location(e, locale)));
    Registration reg =
        registrations
            .find(e.getId(), userId)
            .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
            .orElse(null);
    if (reg == null) {
      return new Addition(lines, null);
    }
    boolean cancelled = e.getState() == EventState.CANCELLED;
    if (reg.getStatus() == RegistrationStatus.CONFIRMED && !cancelled) {
      lines.add(Messages.format(locale, "notify.event.code", reg.getCode()));
    }
    if (reg.getStatus() == RegistrationStatus.OFFERED
        && reg.getOfferExpiresAt() != null
        && !cancelled) {
      lines.add(
          Messages.format(
              locale,
              "notify.event.offerUntil",
              EventTimes.describe(reg.getOfferExpiresAt().atOffset(ZoneOffset.UTC), locale)));
    }
    if (!cancelled) {
      lines.add(
          Messages.format(
              locale,
              reg.getStatus() == RegistrationStatus.CONFIRMED
                  ? "notify.event.cancel"
                  : "notify.event.withdraw",
              PublicUrls.base(publicUrl)
                  + "events/cancel?token="
                  + cancelLinks.token(reg.getId())));
    }
    boolean withCalendar =
        reg.getStatus().holdsSeat() && happened.stream().anyMatch(CALENDAR::contains);
    return new Addition(lines, withCalendar ? calendars.attachment(e, locale) : null);
  }
}
