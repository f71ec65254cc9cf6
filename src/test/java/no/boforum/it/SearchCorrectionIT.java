package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a misspelt word (a missing ø, a dropped letter) that finds nothing is answered with the
 * results of its correction, marked as corrected, on every page; {@code exact=1} searches it as
 * typed; a word spelt right is never corrected. Two practices of this test carry a word no other
 * text has.
 */
class SearchCorrectionIT {
  /** A word only this test's practices have, with an ø to forget. */
  static final String WORD = PracticeBuilder.uniqueWord("sommerkjøkken");

  static final String WITHOUT_OE = WORD.replace('ø', 'o');
  static final String DROPPED_LETTER = WORD.replaceFirst("mm", "m");
  static final Set<String> slugs = new HashSet<>();
  static ApiSession editor;

  @BeforeAll
  static void publishTwoPractices() throws InterruptedException {
    Organisations.Organisation owner = Organisations.verified("Retting kommune");
    editor =
        ApiSession.loggedIn(
            Accounts.person("correction-editor", "Retting", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    // The word is in the body alone: the short fields (title, summary) forgive a missing ø and a
    // dropped letter by themselves (folding and fuzzy matching), so there is nothing to correct.
    String number = PracticeBuilder.uniqueWord("nr");
    for (String title : new String[] {"Felles kjøkken " + number, "Nytt kjøkken " + number}) {
      slugs.add(
          PracticeBuilder.practice(owner.slug(), title)
              .with("summary", "Beboere lager mat sammen.")
              .with("body", "Beboere lager mat sammen i et " + WORD + ".")
              .published(editor));
    }
    Eventually.await(
        "both practices to be findable",
        () -> found(search("q=" + encode(WORD))),
        found -> found.containsAll(slugs));
  }

  @Test
  void aMisspeltWordThatFindsNothingGivesTheCorrectionsResultsMarkedAsCorrected() {
    for (String misspelt : new String[] {WITHOUT_OE, DROPPED_LETTER}) {
      JsonNode result = search("q=" + encode(misspelt));
      assertEquals(WORD, result.path("searchedFor").asText(), result.toString());
      assertEquals(misspelt, result.path("correctedFrom").asText(), result.toString());
      assertEquals(slugs, found(result), misspelt + " finds what " + WORD + " finds");
      assertEquals(2, result.path("total").asLong(), result.toString());
    }
  }

  @Test
  void everyPageOfACorrectedSearchIsCorrected() {
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= 2; page++) {
      JsonNode result = search("q=" + encode(WITHOUT_OE) + "&size=1&page=" + page);
      assertEquals(WITHOUT_OE, result.path("correctedFrom").asText(), "page " + page);
      assertEquals(1, result.path("hits").size(), "page " + page + ": " + result);
      seen.addAll(found(result));
    }
    assertEquals(slugs, seen, "the two pages hold both practices");
  }

  @Test
  void exactlyAsTypedFindsNothingAndStillOffersTheCorrection() {
    JsonNode result = search("q=" + encode(WITHOUT_OE) + "&exact=1");
    assertEquals(0, result.path("total").asLong(), result.toString());
    assertEquals(WITHOUT_OE, result.path("searchedFor").asText());
    assertTrue(notCorrected(result), result.toString());
    assertEquals(WORD, result.path("suggestion").asText(), "did you mean stays: " + result);
  }

  @Test
  void aWordSpeltRightIsNeverCorrected() {
    for (String right : new String[] {WORD, "Felles " + WORD, WORD + " bydelen"}) {
      JsonNode result = search("q=" + encode(right));
      assertEquals(right, result.path("searchedFor").asText(), result.toString());
      assertTrue(notCorrected(result), right + ": " + result);
      assertTrue(found(result).containsAll(slugs), right + ": " + result);
    }
  }

  @Test
  void filtersAndOrdersOfACorrectedSearchStayCorrected() {
    JsonNode result = search("q=" + encode(WITHOUT_OE) + "&sort=newest&county=03");
    assertEquals(WITHOUT_OE, result.path("correctedFrom").asText(), result.toString());
    assertEquals(slugs, found(result), "both practices are in Oslo: " + result);
    JsonNode elsewhere = search("q=" + encode(WITHOUT_OE) + "&county=46");
    assertEquals(WITHOUT_OE, elsewhere.path("correctedFrom").asText(), elsewhere.toString());
    assertEquals(0, elsewhere.path("total").asLong(), "none of them in Vestland: " + elsewhere);
  }

  @Test
  void aCorrectedSearchIsSavedWithItsCorrectionAndAnExactOneAsExact() {
    String corrected = html(editor.page("search?q=" + encode(WITHOUT_OE)).body());
    assertTrue(
        corrected.contains("<input type=\"hidden\" name=\"q\" value=\"" + WORD + "\""),
        "the save form keeps the search whose hits are shown");
    assertTrue(
        Pattern.compile("name=\"saveSearch:name\"[^>]*value=\"" + WORD + "\"")
            .matcher(corrected)
            .find(),
        "and is named after it");
    String exact = html(editor.page("search?exact=1&q=" + encode(WITHOUT_OE)).body());
    assertTrue(
        exact.contains("<input type=\"hidden\" name=\"q\" value=\"" + WITHOUT_OE + "\""),
        "an exact search is saved as typed");
    assertTrue(
        Pattern.compile("<input type=\"hidden\" name=\"exact\" value=\"1\"\\s*/?>")
            .matcher(exact)
            .find(),
        "and as exact");
  }

  /** A page's HTML with the character references of ø written as the letter. */
  static String html(String page) {
    return page.replace("&#248;", "ø").replace("&oslash;", "ø");
  }

  static JsonNode search(String params) {
    JsonNode result = Http.json("api/search?" + params);
    assertFalse(result.path("degraded").asBoolean(), "the index answered: " + params);
    return result;
  }

  /** Like every null of the API's answers, a correctedFrom of null is left out. */
  static boolean notCorrected(JsonNode result) {
    return result.path("correctedFrom").isMissingNode() || result.path("correctedFrom").isNull();
  }

  static Set<String> found(JsonNode result) {
    Set<String> found = new HashSet<>();
    result.path("hits").forEach(h -> found.add(h.path("slug").asText()));
    return found;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
