package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one input rule (issue 18, decision 0025) at the portal's boundaries: control characters,
 * bidirectional overrides and private-use characters sent through the API or a form are never
 * stored, and so never reach a reader, an export or the revision history.
 */
class InputRuleIT {
  /** NUL, BEL, ESC, a C1 control, RLO ... PDF, an isolate, and the diff's old private marks. */
  static final String HOSTILE =
      "Bolig\u0000 for\u0007 \u001B\u0085alle \u202Edlrow\u202C \u2067x\u2069 \uE000y\uE001";

  static final String CLEAN = "Bolig for alle dlrow x y";

  static Organisation owner;
  static ApiSession editor;

  @BeforeAll
  static void owner() {
    owner = Organisations.verified("Inndatakommune");
    editor = Accounts.session("input-rule-editor", owner.slug(), "editor", null);
  }

  @Test
  void aPracticeSentThroughTheApiIsStoredWithoutTheCharacters() {
    String slug =
        PracticeBuilder.practice(owner.slug(), HOSTILE)
            .with("summary", "Samandrag\u0000 med \u202Eoverstyring")
            .with("body", "Linje ein\r\nLinje \uE002to\uE003\rLinje tre\u0000")
            .with("contact", java.util.Map.of("name", "Kari\u202E Nordmann\u0000"))
            .draft(editor);
    JsonNode read = editor.get("api/practices/" + slug).json();
    assertEquals(CLEAN, read.path("title").asText(), read.toString());
    assertEquals("Samandrag med overstyring", read.path("summary").asText());
    assertEquals("Linje ein\nLinje to\nLinje tre", read.path("body").asText());
    assertEquals("Kari Nordmann", read.path("contact").path("name").asText(), read.toString());
  }

  @Test
  void typedPrivateUseCharactersNeverBecomeMarksInTheRevisionHistory() {
    String slug =
        PracticeBuilder.practice(owner.slug(), "Revisjon med merke")
            .with("body", "Vi tilbyr bolig")
            .draft(editor);
    java.util.Map<String, Object> change =
        PracticeBuilder.practice(owner.slug(), "Revisjon med merke")
            .with("body", "Vi tilbyr \uE000bolig\uE001 og \uE002hjelp\uE003")
            .with("version", editor.get("api/practices/" + slug).json().path("version").asLong())
            .body();
    Answer saved = editor.put("api/practices/" + slug, change);
    assertEquals(200, saved.status(), saved.raw().body());
    assertEquals(
        "Vi tilbyr bolig og hjelp",
        editor.get("api/practices/" + slug).json().path("body").asText());
    JsonNode diff = editor.get("api/practices/" + slug + "/revisions/compare?from=1&to=2").json();
    String body = diff.toString();
    assertTrue(body.contains("hjelp</ins>"), "the real change is marked: " + body);
    assertFalse(body.contains("<del>"), "nothing was deleted: " + body);
    assertFalse(body.matches("(?s).*[\\uE000-\\uF8FF].*"), body);
  }

  /** The attachment's title comes as a query parameter, not in the JSON body. */
  @Test
  void anAttachmentTitleSentAsAQueryParameterIsStoredWithoutTheCharacters() throws Exception {
    String slug = PracticeBuilder.practice(owner.slug(), "Praksis med vedlegg").draft(editor);
    String path =
        "api/practices/"
            + slug
            + "/attachments?title="
            + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
    Answer sent =
        editor.postBytes(path, "application/pdf", PracticeCatalogueIT.pdf(false), "rapport.pdf");
    assertEquals(201, sent.status(), sent.raw().body());
    assertEquals(CLEAN, sent.json().path("title").asText(), sent.raw().body());
    JsonNode read = editor.get("api/practices/" + slug).json();
    assertEquals(CLEAN, read.path("attachments").path(0).path("title").asText(), read.toString());
  }

  @Test
  void aNeedSentThroughTheApiIsStoredWithoutTheCharacters() {
    long id =
        MatchingBuilder.need(owner.slug(), HOSTILE)
            .with("body", "Vi\u0000 treng \u202Ehjelp\u202C.")
            .posted(editor);
    JsonNode read = editor.get("api/matching/" + id).json();
    assertEquals(CLEAN, read.path("title").asText(), read.toString());
    assertTrue(read.toString().contains("Vi treng hjelp."), read.toString());
  }

  @Test
  void aNameTypedIntoAFormIsStoredWithoutTheCharacters() {
    String email = Accounts.freshEmail("input-rule-form");
    Accounts.registerVerified(email, "Skjema Skrivar");
    ApiSession me = ApiSession.loggedIn(email, Accounts.PASSWORD);
    String word = PracticeBuilder.uniqueWord("skjemasok");
    String page = me.page("search?q=" + word).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), page);
    String form =
        "saveSearch=saveSearch&q="
            + word
            + "&saveSearch%3Aname="
            + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8)
            + "&saveSearch%3Asave=Lagre&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    Answer sent =
        me.postBytes(
            "search",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8),
            "skjema");
    assertTrue(sent.status() < 400, sent.raw().body());
    JsonNode mine = me.get("api/saved-searches").json();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(CLEAN, mine.get(0).path("name").asText(), mine.toString());
  }
}
