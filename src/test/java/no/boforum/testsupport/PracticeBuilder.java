package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice as the API takes it, with the fewest facts a valid one needs (in Oslo, bokmål, about
 * following up new tenants), changed field by field; created as a draft or published through the
 * API by an editor of its owner.
 */
public final class PracticeBuilder {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private PracticeBuilder(String owner, String title) {
    fields.put("title", title);
    fields.put("summary", "Et boligkontor følger opp leietakere de første månedene.");
    fields.put("body", "Beskrivelse i **Markdown**.");
    fields.put("language", "nb");
    fields.put("owner", owner);
    fields.put("themes", List.of("bomestring"));
    fields.put("targetGroups", List.of("bostedslose"));
    fields.put("places", List.of("0301"));
    fields.put("activityStatus", "active");
    fields.put("evidenceLevel", "idea_pilot");
    fields.put("evaluationPlanned", "2027-06-01");
  }

  /** A practice of the organisation {@code owner} (its slug). */
  public static PracticeBuilder practice(String owner, String title) {
    return new PracticeBuilder(owner, title);
  }

  /** A word of letters only, unique in this run, that search can find one practice by. */
  public static String uniqueWord(String stem) {
    StringBuilder word = new StringBuilder(stem);
    String digits = Accounts.freshEmail("w").replaceAll("\\D", "");
    digits.chars().forEach(c -> word.append((char) ('a' + c - '0')));
    return word.toString();
  }

  /** Every page of the published list ({@code api/practices}) with {@code query}, in order. */
  public static List<JsonNode> listed(String query) {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 1; ; page++) {
      ApiSession.Answer a =
          ApiSession.anonymous().get("api/practices?size=100&page=" + page + "&" + query);
      assertEquals(200, a.status(), () -> a.raw().body());
      a.json().path("items").forEach(items::add);
      if (a.json().path("items").size() < 100) {
        assertEquals(a.json().path("total").asInt(), items.size(), query);
        return items;
      }
    }
  }

  /** Sets a field of the API's practice (see /openapi), for example "themes" to a list of codes. */
  public PracticeBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  /** The request body: a copy, free to change. */
  public Map<String, Object> body() {
    return new LinkedHashMap<>(fields);
  }

  /** Creates the practice as a draft; returns its slug. */
  public String draft(ApiSession editor) {
    ApiSession.Answer a = editor.post("api/practices", fields);
    assertEquals(201, a.status(), () -> a.raw().body());
    assertEquals("DRAFT", a.json().path("state").asText());
    return a.json().path("slug").asText();
  }

  /** Creates and publishes the practice (an editor of a verified owner, or a moderator). */
  public String published(ApiSession editor) {
    String slug = draft(editor);
    ApiSession.Answer a =
        editor.post("api/practices/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    assertEquals("PUBLISHED", a.json().path("state").asText(), () -> a.raw().body());
    return slug;
  }
}
