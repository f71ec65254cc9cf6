package no.boforum.event;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;

/**
 * An event as its public page and the API show it: every fact but the join link (only confirmed
 * participants and hosts see it) and nothing of who registered. Times carry Oslo's offset.
 */
public record EventDetails(
    String slug,
    EventState state,
    String title,
    String summary,
    String description,
    String language,
    EventFormat format,
    String venueName,
    String venueAddress,
    String municipality,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    OffsetDateTime registrationOpensAt,
    OffsetDateTime registrationClosesAt,
    Integer capacity,
    List<SeatGroupView> seatGroups,
    OffsetDateTime seatsReleasedAt,
    Questions questions,
    OrganisationRef host,
    List<OrganisationRef> cohosts,
    List<String> themes,
    List<String> targetGroups,
    EventData.Contact contact,
    List<AgendaItemView> agenda,
    boolean illustrative,
    OffsetDateTime publishedAt,
    OffsetDateTime cancelledAt,
    OffsetDateTime closedAt,
    int calendarSequence,
    long version) {

  /** Seats kept for some sectors. */
  public record SeatGroupView(long id, String name, int seats, List<String> sectors) {}

  /** What registrants are asked: terms to accept and the host's questions. */
  public record Questions(
      String terms, boolean askDietary, boolean askAccessibility, String freeQuestion) {}

  /** An agenda item with its linked practices (slug and title; a missing practice is left out). */
  public record AgendaItemView(
      LocalTime startsAt,
      String title,
      String text,
      String speakers,
      List<PracticeLink> practices) {}

  /** A practice an agenda item or finding links to. */
  public record PracticeLink(String slug, String title) {}

  /** True if the event is over (it has ended by {@code now}). */
  public boolean isOver(OffsetDateTime now) {
    return !endsAt.isAfter(now);
  }
}
