package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The seed threads of content/discussions as anyone sees them after start-up: found in search,
 * linked to the seed practice or event they are about, marked as examples, and the two questions
 * with their accepted answers. This test is about the seed files themselves, so it names them.
 * (Importing them again changes nothing: OutboxScenario imports the folder a second time.)
 */
class DiscussionSeedIT {
  static final ApiSession ANONYMOUS = ApiSession.anonymous();

  /** The one thread that search finds for these words, read through the API. */
  static JsonNode seedThread(String words, String titleStart) throws InterruptedException {
    JsonNode found =
        Eventually.await(
            "the seed thread '" + titleStart + "' to be found",
            () -> ANONYMOUS.get("api/search?type=discussion&size=50&q=" + words).json(),
            r -> !paths(r, titleStart).isEmpty());
    List<String> paths = paths(found, titleStart);
    assertEquals(1, paths.size(), "imported once: " + paths);
    Answer a = ANONYMOUS.get("api/" + paths.get(0).replaceFirst("-.*", "") + "?size=100");
    assertEquals(200, a.status(), a.raw().body());
    return a.json();
  }

  private static List<String> paths(JsonNode result, String titleStart) {
    List<String> paths = new ArrayList<>();
    result
        .path("hits")
        .forEach(
            h -> {
              if (h.path("title").asText().startsWith(titleStart)) {
                paths.add(h.path("path").asText());
              }
            });
    return paths;
  }

  @Test
  void theHousingFirstQuestionIsAboutItsPracticeAndSolvedByTheAcceptedAnswer() throws Exception {
    JsonNode page = seedThread("husleiegaranti", "Husleiegaranti fra kommunen i Housing First");
    JsonNode t = page.path("thread");
    assertEquals("QUESTION", t.path("kind").asText());
    assertTrue(t.path("illustrative").asBoolean(), "marked as an example");
    assertEquals("housing-first-nordvik", t.path("practice").path("slug").asText());
    assertTrue(t.path("solved").asBoolean());
    assertEquals(1, t.path("accepted").size(), t.path("accepted").toString());
    JsonNode answer = t.path("accepted").get(0);
    assertEquals("Rådgiver i Boligkontoret Nordvik (eksempel)", answer.path("authorName").asText());
    assertTrue(answer.path("html").asText().contains("eget vedtak"), answer.toString());
    assertEquals(3, t.path("replyCount").asInt());
    assertEquals(3, page.path("replies").path("total").asInt());
    assertTrue(t.path("authorName").asText().endsWith("(eksempel)"), "an invented asker");
    assertFalse(page.toString().contains("@"), "no address of anyone: " + page);

    HttpResponse<String> html = ANONYMOUS.page(t.path("path").asText());
    assertEquals(200, html.statusCode());
    assertTrue(html.body().contains("badge--illustrative"), "the page says it is an example");
    assertTrue(html.body().contains("badge--solved"), "and that it is solved");
    int card = html.body().indexOf("practice-card");
    assertTrue(card > 0, "a reply links a practice, shown as a card");
    assertTrue(
        html.body().substring(card).contains("Housing First-team drevet av ideell stiftelse"),
        "with the linked practice's title");
  }

  @Test
  void thePracticeAndEventPagesListTheirSeedThreadsAndOfferToAsk() {
    String practice = ANONYMOUS.page("practices/housing-first-nordvik").body();
    int at = practice.indexOf(">Husleiegaranti fra kommunen i Housing First");
    assertTrue(at > 0, "the practice page lists its thread");
    String item = practice.substring(at, practice.indexOf("</li>", at));
    assertTrue(
        item.matches("(?s).*\\b3 (svar|replies)\\b.*") && item.contains("badge--solved"), item);
    assertTrue(
        practice.contains("/discussions/new?practice=housing-first-nordvik\""), "the ask button");

    String event = ANONYMOUS.page("events/nettverksmote-sma-kommunar-sogn").body();
    assertTrue(event.contains(">Kva vil de ta opp på nettverksmøtet"), "the event page lists it");
    assertTrue(
        event.contains("/discussions/new?event=nettverksmote-sma-kommunar-sogn\""),
        "the ask button");
  }

  @Test
  void theStartLoanQuestionIsSolvedToo() throws Exception {
    JsonNode t = seedThread("betjeningsevnen", "Startlån etter leie til eie").path("thread");
    assertEquals("leie-til-eie-barnefamilier", t.path("practice").path("slug").asText());
    assertTrue(t.path("solved").asBoolean());
    assertEquals(
        "Rådgiver i Boligsosialt team Elvestad (eksempel)",
        t.path("accepted").get(0).path("authorName").asText());
  }

  @Test
  void aNynorskThreadIsAboutAnEventAndMixesWrittenStandards() throws Exception {
    JsonNode page = seedThread("handlingsplan", "Kva vil de ta opp på nettverksmøtet");
    JsonNode t = page.path("thread");
    assertEquals("DISCUSSION", t.path("kind").asText());
    assertEquals("nettverksmote-sma-kommunar-sogn", t.path("event").path("slug").asText());
    assertFalse(t.path("solved").asBoolean(), "a discussion has no accepted answer");
    JsonNode mixed = seedThread("tilbakebetalingene", "Bustøtte fell bort").path("replies");
    assertTrue(mixed.toString().contains("leigetakaren"), "nynorsk replies");
    assertTrue(mixed.toString().contains("endringer i inntekt"), "and a bokmål one");
  }
}
