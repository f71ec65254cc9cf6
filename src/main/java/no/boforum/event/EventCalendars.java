package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import no.boforum.event.calendar.CalendarEntry;
import no.boforum.event.calendar.EventCalendar;
import no.boforum.identity.ProfileService;
import no.boforum.platform.mail.MailAttachment;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import no.boforum.taxonomy.Taxonomies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events as calendars: one public event, the public feed (filtered like the list of events), a
 * person's own feed behind a secret address, and the file that goes with a confirmation mail. A
 * public calendar holds what the event page shows and never a join link or a name; only the own
 * feed gives the join link, for a confirmed seat.
 */
@ApplicationScoped
public class EventCalendars {
  /** Past events stay in the feeds this long, so that a calendar does not lose them at once. */
  static final int PAST_DAYS = 90;

  static final int MAX_EVENTS = 1000;
  private static final int PAGE = 100;

  @Inject EventRepository events;
  @Inject PersonRegistrations people;
  @Inject EventAccess access;
  @Inject CalendarFeeds feeds;
  @Inject ProfileService profiles;
  @Inject Taxonomies taxonomies;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  Clock clock = Clock.systemUTC();

  /** One event that the caller may see, as an .ics file. */
  @Transactional
  public Optional<String> event(String slug, Locale locale) {
    return events
        .findBySlug(slug)
        .filter(e -> e.getState().isPublic() || access.mayManage(e))
        .map(e -> EventCalendar.single(entry(e, locale, false, null), clock.instant()));
  }

  /**
   * The public feed: upcoming events and those of the last {@value #PAST_DAYS} days, in a county
   * and of a theme if given; cancelled ones say so.
   */
  @Transactional
  public String feed(String county, String theme, Locale locale) {
    LocalDateTime now = EventTimes.now(clock);
    List<ForumEvent> found =
        new ArrayList<>(
            events.findPublic(
                new EventFilter(false, county, theme, null, null), now, 0, MAX_EVENTS));
    LocalDateTime since = now.minusDays(PAST_DAYS);
    EventFilter past = new EventFilter(true, county, theme, null, null);
    for (int offset = 0; found.size() < MAX_EVENTS; offset += PAGE) {
      List<ForumEvent> page = events.findPublic(past, now, offset, PAGE);
      page.stream().filter(e -> !e.getEndsAt().isBefore(since)).forEach(found::add);
      if (page.size() < PAGE || page.get(page.size() - 1).getStartsAt().isBefore(since)) {
        break;
      }
    }
    List<CalendarEntry> entries = found.stream().map(e -> entry(e, locale, false, null)).toList();
    return EventCalendar.feed(entries, feedName(county, theme, locale), clock.instant());
  }

  /**
   * The events the feed's owner holds a seat at (confirmed or offered); empty for a wrong token.
   */
  @Transactional
  public Optional<String> personal(String token) {
    return feeds.owner(token).map(this::personal);
  }

  private String personal(long userId) {
    Locale locale =
        Messages.locale(
            profiles.contact(userId).map(ProfileService.Contact::language).orElse(null));
    LocalDateTime since = EventTimes.now(clock).minusDays(PAST_DAYS);
    List<CalendarEntry> entries = new ArrayList<>();
    for (Registration r : people.ofUser(userId)) {
      ForumEvent e = events.find(r.getEventId());
      if (r.getStatus().holdsSeat() && e.getState().isPublic() && !e.getEndsAt().isBefore(since)) {
        boolean offered = r.getStatus() == RegistrationStatus.OFFERED;
        boolean joins =
            r.getStatus() == RegistrationStatus.CONFIRMED
                && e.getState() == EventState.PUBLISHED
                && e.getFormat().hasJoinLink();
        entries.add(entry(e, locale, offered, joins ? e.data(List.of()).joinLink() : null));
      }
    }
    entries.sort(java.util.Comparator.comparing(CalendarEntry::startsAt));
    return EventCalendar.feed(
        entries, Messages.format(locale, "event.calendar.personalName"), clock.instant());
  }

  /** The event's public .ics as a mail attachment, with words in the recipient's language. */
  public MailAttachment attachment(ForumEvent e, Locale locale) {
    return new MailAttachment(
        e.getSlug() + ".ics",
        EventCalendar.MAIL_TYPE,
        EventCalendar.single(entry(e, locale, false, null), clock.instant()));
  }

  private CalendarEntry entry(ForumEvent e, Locale locale, boolean offered, String joinLink) {
    CalendarEntry.Status status =
        e.getState() == EventState.CANCELLED
            ? CalendarEntry.Status.CANCELLED
            : offered ? CalendarEntry.Status.TENTATIVE : CalendarEntry.Status.CONFIRMED;
    return new CalendarEntry(
        "event-" + e.getId() + "@boforum.no",
        e.getCalendarSequence(),
        e.getStartsAt(),
        e.getEndsAt(),
        e.getTitle(),
        location(e, locale),
        e.getSummary(),
        PublicUrls.base(publicUrl) + "events/" + e.getSlug(),
        status,
        e.getStamps().getUpdatedAt().toInstant(ZoneOffset.UTC),
        joinLink,
        joinLink == null ? null : Messages.format(locale, "event.calendar.joinLink"));
  }

  /** The venue and its address; the word for online where there is no venue. Never a link. */
  static String location(ForumEvent e, Locale locale) {
    if (!e.getFormat().hasVenue()) {
      return Messages.format(locale, "event.format.DIGITAL");
    }
    EventData d = e.data(List.of());
    return String.join(
        ", ",
        Stream.of(d.venueName(), d.venueAddress()).filter(s -> s != null && !s.isBlank()).toList());
  }

  private String feedName(String county, String theme, Locale locale) {
    String language = locale.getLanguage();
    List<String> labels =
        Stream.of(
                taxonomies.label(Taxonomies.COUNTY, county, language),
                taxonomies.label(Taxonomies.THEME, theme, language))
            .filter(s -> s != null)
            .toList();
    return labels.isEmpty()
        ? Messages.format(locale, "event.calendar.feedName")
        : Messages.format(locale, "event.calendar.feedNameFiltered", String.join(", ", labels));
  }
}
