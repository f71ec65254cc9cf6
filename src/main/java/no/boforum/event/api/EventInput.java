package no.boforum.event.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import no.boforum.event.EventData;
import no.boforum.event.EventFormat;
import no.boforum.event.EventValidator;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputLists;
import no.boforum.platform.InputProblem;

/**
 * An event as the API receives it: organisations by slug, codes from the taxonomies, times as
 * Europe/Oslo wall-clock times without an offset ({@code 2027-03-02T09:00}), {@code version} from
 * the last read for a change. Omitted registration settings take their defaults.
 */
public record EventInput(
    String title,
    String summary,
    String description,
    String language,
    String format,
    String venueName,
    String venueAddress,
    String municipality,
    String joinLink,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    LocalDateTime registrationOpensAt,
    LocalDateTime registrationClosesAt,
    Integer capacity,
    List<EventData.SeatGroupData> seatGroups,
    LocalDateTime seatsReleasedAt,
    String terms,
    Boolean askDietary,
    Boolean askAccessibility,
    String freeQuestion,
    Integer answersKeptDays,
    Integer offerWindowHours,
    Integer offerHours,
    String host,
    List<String> cohosts,
    List<String> themes,
    List<String> targetGroups,
    EventData.Contact contact,
    List<EventData.AgendaItemData> agenda,
    Long version) {

  EventData toData(OrganisationService organisations) {
    checkListLengths();
    return new EventData(
        title,
        summary,
        description,
        language,
        parsedFormat(),
        venueName,
        venueAddress,
        municipality,
        joinLink,
        startsAt,
        endsAt,
        registrationOpensAt,
        registrationClosesAt,
        capacity,
        seatGroups,
        seatsReleasedAt,
        new EventData.Registration(
            terms,
            Boolean.TRUE.equals(askDietary),
            Boolean.TRUE.equals(askAccessibility),
            freeQuestion,
            orDefault(answersKeptDays, EventData.Registration.DEFAULT_ANSWERS_KEPT_DAYS),
            orDefault(offerWindowHours, EventData.Registration.DEFAULT_OFFER_WINDOW_HOURS),
            orDefault(offerHours, EventData.Registration.DEFAULT_OFFER_HOURS)),
        host == null ? null : organisation(organisations, "host", host),
        cohosts == null
            ? List.of()
            : cohosts.stream().map(c -> organisation(organisations, "cohosts", c)).toList(),
        themes,
        targetGroups,
        contact,
        agenda,
        false);
  }

  /** Before any organisation is looked up: a list's length is the cheapest thing to check. */
  private void checkListLengths() {
    InputLists.atMost("seatGroups", seatGroups, EventValidator.MAX_SEAT_GROUPS);
    InputLists.atMost("cohosts", cohosts, EventValidator.MAX_COHOSTS);
    InputLists.atMost("themes", themes, EventValidator.MAX_CODES);
    InputLists.atMost("targetGroups", targetGroups, EventValidator.MAX_CODES);
    InputLists.atMost("agenda", agenda, EventValidator.MAX_AGENDA);
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private EventFormat parsedFormat() {
    try {
      return format == null ? null : EventFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("format", "event.formatRequired");
    }
  }

  private static long organisation(OrganisationService organisations, String field, String slug) {
    return organisations
        .find(slug)
        .map(OrganisationDetails::id)
        .orElseThrow(() -> new InputProblem(field, "event.organisationUnknown", slug));
  }
}
