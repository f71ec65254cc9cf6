package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every list the API takes has a limit, and a body as a whole has one (issue 18): more is refused
 * with 400 (413 for the body) and a message that names the field and the limit, before anything in
 * the list is looked up.
 */
class ApiListLimitsIT {
  static Organisation owner;
  static ApiSession editor;

  @BeforeAll
  static void owner() {
    owner = Organisations.verified("Listekommune");
    editor = Accounts.session("list-limits-editor", owner.slug(), "editor", null);
  }

  @Test
  void aPracticeWithTwentyThousandPartnersIsRefusedNamingTheFieldAndTheLimit() {
    Map<String, Object> body =
        PracticeBuilder.practice(owner.slug(), "Mange partnarar")
            .with("partners", Collections.nCopies(20_000, "ukjent-organisasjon"))
            .body();
    Answer a = editor.post("api/practices", body);
    assertEquals(400, a.status(), a.raw().body());
    assertEquals("partners", a.json().path("field").asText(), a.raw().body());
    assertTrue(a.error().contains("partners") && a.error().contains("50"), a.error());
    assertTrue(a.error().contains("20000") || a.error().contains("20,000"), a.error());
  }

  @Test
  void everyListOfAPracticeHasItsLimit() {
    Map<String, Integer> limits =
        Map.of(
            "themes",
            50,
            "targetGroups",
            50,
            "actorTypes",
            50,
            "voluntaryRoles",
            50,
            "funding",
            50,
            "places",
            400,
            "links",
            10);
    limits.forEach(
        (field, limit) -> {
          Object item =
              field.equals("links") ? Map.of("url", "https://example.org/", "label", "x") : "x";
          Map<String, Object> body =
              PracticeBuilder.practice(owner.slug(), "For lang liste")
                  .with(field, Collections.nCopies(limit + 1, item))
                  .body();
          Answer a = editor.post("api/practices", body);
          assertEquals(400, a.status(), field + ": " + a.raw().body());
          assertEquals(field, a.json().path("field").asText(), a.raw().body());
          assertTrue(
              a.error().contains("“" + field + "”") && a.error().contains(" " + limit + " "),
              "names the field and the limit: " + a.error());
        });
  }

  @Test
  void aNeedWithTooManyThemesIsRefused() {
    Map<String, Object> body =
        MatchingBuilder.need(owner.slug(), "Mange tema")
            .with("themes", Collections.nCopies(51, "bomestring"))
            .body();
    Answer a = editor.post("api/matching", body);
    assertEquals(400, a.status(), a.raw().body());
    assertEquals("themes", a.json().path("field").asText(), a.raw().body());
    assertTrue(a.error().contains("50"), a.error());
  }

  @Test
  void anEventWithTooManyCohostsIsRefused() {
    Map<String, Object> body =
        EventBuilder.event(owner.slug(), "Mange vertar")
            .with("cohosts", Collections.nCopies(21, "ukjent-organisasjon"))
            .body();
    Answer a = editor.post("api/events", body);
    assertEquals(400, a.status(), a.raw().body());
    assertEquals("cohosts", a.json().path("field").asText(), a.raw().body());
    assertTrue(a.error().contains("20"), a.error());
  }

  @Test
  void aBodyLargerThanTheApiTakesIsRefused() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      parts.add("x".repeat(100_000));
    }
    Map<String, Object> body =
        PracticeBuilder.practice(owner.slug(), "Stor kropp").with("themes", parts).body();
    Answer a = editor.post("api/practices", body);
    assertEquals(413, a.status(), a.raw().body());
    assertTrue(a.error().contains("2 MB"), a.error());
  }
}
