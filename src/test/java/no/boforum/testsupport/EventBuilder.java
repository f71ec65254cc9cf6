package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event as the API takes it, with the fewest facts a valid one needs (in person in Oslo, in
 * bokmål, two months ahead from nine to three), changed field by field; created as a draft or
 * published through the API by one of its hosts.
 */
public final class EventBuilder {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private EventBuilder(String host, String title) {
    fields.put("title", title);
    fields.put("summary", "Et innovasjonsforum om oppfølging av nye leietakere.");
    fields.put("description", "Et forum med **innledninger** og samtaler.");
    fields.put("language", "nb");
    fields.put("format", "IN_PERSON");
    fields.put("venueName", "Kulturhuset");
    fields.put("venueAddress", "Storgata 1");
    fields.put("municipality", "0301");
    fields.put("host", host);
    fields.put("themes", List.of("bomestring"));
    on(LocalDate.now().plusMonths(2));
  }

  /** An event hosted by the organisation {@code host} (its slug). */
  public static EventBuilder event(String host, String title) {
    return new EventBuilder(host, title);
  }

  /** Sets a field of the API's event (see /openapi), for example "cohosts" to a list of slugs. */
  public EventBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  /** Moves the event to that day, from nine to three (Oslo time). */
  public EventBuilder on(LocalDate day) {
    fields.put("startsAt", LocalDateTime.of(day, LocalTime.of(9, 0)).toString());
    fields.put("endsAt", LocalDateTime.of(day, LocalTime.of(15, 0)).toString());
    return this;
  }

  /** The request body: a copy, free to change. */
  public Map<String, Object> body() {
    return new LinkedHashMap<>(fields);
  }

  /** Creates the event as a draft; returns its slug. */
  public String draft(ApiSession host) {
    ApiSession.Answer a = host.post("api/events", fields);
    assertEquals(201, a.status(), () -> a.raw().body());
    assertEquals("DRAFT", a.json().path("state").asText());
    return a.json().path("slug").asText();
  }

  /** Creates and publishes the event; returns its slug. */
  public String published(ApiSession host) {
    String slug = draft(host);
    ApiSession.Answer a =
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    assertEquals(200, a.status(), () -> a.raw().body());
    return slug;
  }
}
