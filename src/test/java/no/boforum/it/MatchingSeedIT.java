package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.IndexedState;
import org.junit.jupiter.api.Test;

/**
 * The seed needs and offers of content/matching as anyone sees them after start-up: each in the
 * state its file gives, with its organisation; the done need recorded as its municipality's
 * adoption of the practice; and the Fjordvik need suggested the Vestland offer for refugees. This
 * test is about the seed files themselves, so it names them.
 */
class MatchingSeedIT {
  static final String FJORDVIK_NEED = "Frivillige som følgjer opp nybusette flyktningfamiliar";
  static final String VESTLAND_OFFER = "Formidling av private leigebustader til flyktningar";

  /** Every posting in every state (other tests' too), by title. */
  private static Map<String, JsonNode> byTitle() {
    Map<String, JsonNode> items = new HashMap<>();
    for (int page = 1; ; page++) {
      Answer a = ApiSession.anonymous().get("api/matching?state=all&size=100&page=" + page);
      assertEquals(200, a.status(), () -> a.raw().body());
      a.json().path("items").forEach(i -> items.put(i.path("title").asText(), i));
      if (a.json().path("items").size() < 100) {
        return items;
      }
    }
  }

  private static JsonNode titled(Map<String, JsonNode> items, String start) {
    return items.entrySet().stream()
        .filter(e -> e.getKey().startsWith(start))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError(start + " is not among the postings"));
  }

  @Test
  void theSeedPostingsAreThereInTheirStates() {
    Map<String, JsonNode> items = byTitle();
    JsonNode need = titled(items, FJORDVIK_NEED);
    assertEquals("NEED", need.path("side").asText());
    assertEquals("OPEN", need.path("state").asText());
    assertEquals("bustadtenesta-fjordvik", need.path("organisation").path("slug").asText());
    assertEquals("IN_DIALOGUE", titled(items, VESTLAND_OFFER).path("state").asText());
    JsonNode team = titled(items, "Et Housing First-team på reservert");
    assertEquals("MATCHED", team.path("state").asText());
    assertEquals("housing-first-dorstokken", team.path("practices").path(0).path("slug").asText());
    assertEquals("OPEN", titled(items, "Nabovenner for nye leietakere").path("state").asText());
  }

  @Test
  void theDoneNeedBecameTheMunicipalitysAdoptionOfThePractice() {
    JsonNode done = titled(byTitle(), "Et Housing First-tilbud for bostedsløse");
    assertEquals("DONE", done.path("state").asText());
    assertEquals(
        "housing-first-dorstokken", done.path("adoption").path("slug").asText(), done::toString);
    JsonNode practice = ApiSession.anonymous().get("api/practices/housing-first-dorstokken").json();
    assertTrue(practice.toString().contains("4036"), "Heiane counts in the practice's spread");
  }

  @Test
  void theFjordvikNeedIsSuggestedTheVestlandOfferForRefugees() throws Exception {
    IndexedState.awaitOutboxDrained();
    long need = titled(byTitle(), FJORDVIK_NEED).path("id").asLong();
    JsonNode postings =
        ApiSession.anonymous().get("api/matching/" + need + "/matches").json().path("postings");
    JsonNode offer = null;
    for (JsonNode p : postings) {
      if (p.path("posting").path("title").asText().startsWith(VESTLAND_OFFER)) {
        offer = p;
      }
    }
    assertTrue(offer != null, () -> "the Vestland offer among " + postings);
    String reasons = offer.path("reasons").toString();
    assertTrue(reasons.contains("flyktninger"), reasons);
    assertTrue(reasons.contains("SAME_COUNTY"), reasons);
  }
}
