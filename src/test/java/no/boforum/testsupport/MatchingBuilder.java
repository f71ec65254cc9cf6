package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A need or an offer as the API takes it: a need in Bergen for refugees, or a national offer for
 * the homeless, changed field by field; posted by an editor of its organisation.
 */
public final class MatchingBuilder {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private MatchingBuilder(String side, String organisation, String title) {
    fields.put("side", side);
    fields.put("organisation", organisation);
    fields.put("title", title);
    fields.put("expiresOn", LocalDate.now().plusMonths(2).toString());
  }

  /** A need of {@code organisation} (its slug): refugees in Bergen, wanting an NGO. */
  public static MatchingBuilder need(String organisation, String title) {
    MatchingBuilder b = new MatchingBuilder("NEED", organisation, title);
    b.fields.put("body", "Vi trenger **frivillige** som kan følge opp nybosatte familier.");
    b.fields.put("targetGroups", List.of("flyktninger"));
    b.fields.put("themes", List.of("bomestring"));
    b.fields.put("municipalities", List.of("4601"));
    b.fields.put("actorTypes", List.of("ideell-organisasjon"));
    b.fields.put("funding", List.of("husbanken-tilskudd"));
    b.fields.put("procurementRoutes", List.of("partnerskap"));
    b.fields.put("neededBy", LocalDate.now().plusMonths(4).toString());
    return b;
  }

  /** An offer of {@code organisation} (its slug): for the homeless, in the whole country. */
  public static MatchingBuilder offer(String organisation, String title) {
    MatchingBuilder b = new MatchingBuilder("OFFER", organisation, title);
    b.fields.put("body", "Vi tilbyr *bomentorer* for folk som har vært bostedsløse.");
    b.fields.put("targetGroups", List.of("bostedslose"));
    b.fields.put("themes", List.of("bomestring"));
    b.fields.put("capacity", "Fem husstander i måneden");
    return b;
  }

  public MatchingBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  /** The request body: a copy, free to change. */
  public Map<String, Object> body() {
    return new LinkedHashMap<>(fields);
  }

  /** Posts it as {@code editor}; returns its id. */
  public long posted(ApiSession editor) {
    ApiSession.Answer a = editor.post("api/matching", fields);
    assertEquals(201, a.status(), () -> a.raw().body());
    return a.json().path("id").asLong();
  }
}
