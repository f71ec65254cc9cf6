package no.boforum.event.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The front matter of a file under {@code content/events/}; see content/README.md. Agenda times are
 * read as text, because YAML 1.1 takes an unquoted {@code 09:30} for a number.
 */
record EventFrontMatter(
    @JsonProperty(required = true) String slug,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) String summary,
    @JsonProperty(required = true) String language,
    @JsonProperty(required = true) String format,
    @JsonProperty("venue_name") String venueName,
    @JsonProperty("venue_address") String venueAddress,
    String municipality,
    @JsonProperty("join_link") String joinLink,
    @JsonProperty(required = true) LocalDateTime starts,
    @JsonProperty(required = true) LocalDateTime ends,
    @JsonProperty("registration_opens") LocalDateTime registrationOpens,
    @JsonProperty("registration_closes") LocalDateTime registrationCloses,
    Integer capacity,
    @JsonProperty("seat_groups") List<SeatGroup> seatGroups,
    @JsonProperty("seats_released") LocalDateTime seatsReleased,
    @JsonProperty(required = true) String host,
    List<String> cohosts,
    List<String> themes,
    @JsonProperty("target_groups") List<String> targetGroups,
    Contact contact,
    List<AgendaItem> agenda,
    @JsonProperty(required = true) String state,
    String report,
    List<Finding> findings,
    Boolean illustrative) {

  record SeatGroup(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) Integer seats,
      @JsonProperty(required = true) List<String> sectors) {}

  record Contact(String name, String email, String phone) {}

  record AgendaItem(
      String time,
      @JsonProperty(required = true) String title,
      String text,
      String speakers,
      List<String> practices) {}

  record Finding(
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) String text,
      List<String> practices) {}
}
