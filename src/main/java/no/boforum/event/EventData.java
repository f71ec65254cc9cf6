package no.boforum.event;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The editable facts of an event, as they arrive from the editor form, the API or a content file.
 * Times are wall-clock times in Europe/Oslo ({@link EventTimes#ZONE}).
 */
public record EventData(
    String title,
    String summary,
    String description,
    String language,
    EventFormat format,
    String venueName,
    String venueAddress,
    String municipality,
    String joinLink,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    LocalDateTime registrationOpensAt,
    LocalDateTime registrationClosesAt,
    Integer capacity,
    List<SeatGroupData> seatGroups,
    LocalDateTime seatsReleasedAt,
    Registration registration,
    Long hostOrganisationId,
    List<Long> cohostOrganisationIds,
    List<String> themes,
    List<String> targetGroups,
    Contact contact,
    List<AgendaItemData> agenda,
    boolean illustrative) {

  /** Who to ask about the event. Every part may be missing. */
  public record Contact(String name, String email, String phone) {
    public static final Contact NONE = new Contact(null, null, null);
  }

  /**
   * How registration works beyond the seats: the terms to accept, the questions asked, how long the
   * answers are kept after the event, and when a promotion becomes an offer to accept in time.
   */
  public record Registration(
      String terms,
      boolean askDietary,
      boolean askAccessibility,
      String freeQuestion,
      int answersKeptDays,
      int offerWindowHours,
      int offerHours) {
    public static final int DEFAULT_ANSWERS_KEPT_DAYS = 30;
    public static final int DEFAULT_OFFER_WINDOW_HOURS = 72;
    public static final int DEFAULT_OFFER_HOURS = 24;
    public static final Registration DEFAULTS =
        new Registration(
            null,
            false,
            false,
            null,
            DEFAULT_ANSWERS_KEPT_DAYS,
            DEFAULT_OFFER_WINDOW_HOURS,
            DEFAULT_OFFER_HOURS);
  }

  /**
   * Seats kept for some sectors: actor type codes, or {@code privatperson} and {@code
   * brukerrepresentant} for people who register on their own.
   */
  public record SeatGroupData(String name, int seats, List<String> sectors) {
    public SeatGroupData {
      sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
  }

  /** An item of the agenda; practices by slug. */
  public record AgendaItemData(
      LocalTime startsAt, String title, String text, String speakers, List<String> practices) {
    public AgendaItemData {
      practices = practices == null ? List.of() : List.copyOf(practices);
    }
  }

  public EventData {
    seatGroups = copy(seatGroups);
    cohostOrganisationIds = copy(cohostOrganisationIds);
    themes = copy(themes);
    targetGroups = copy(targetGroups);
    agenda = copy(agenda);
    contact = contact == null ? Contact.NONE : contact;
    registration = registration == null ? Registration.DEFAULTS : registration;
  }

  /** The same facts with other hosts: content files name organisations by slug until import. */
  public EventData withHosts(Long host, List<Long> cohosts) {
    return new EventData(
        title,
        summary,
        description,
        language,
        format,
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
        registration,
        host,
        cohosts,
        themes,
        targetGroups,
        contact,
        agenda,
        illustrative);
  }

  /** The capacity in all: the seat groups' sum when there are groups. */
  public Integer totalCapacity() {
    return seatGroups.isEmpty()
        ? capacity
        : Integer.valueOf(seatGroups.stream().mapToInt(SeatGroupData::seats).sum());
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
