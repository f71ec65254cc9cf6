package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.IndexedState;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking fixtures of suggested matches: a need in Bergen for refugees gets the Bergen offer
 * for refugees first, then the national one (before one in another county), and the Bergen offer
 * for another target group after the refugee offers that are as near; closed offers and the
 * municipality's own are never suggested; each suggestion says why. Only the order of this test's
 * own postings is compared: other tests' postings may sit between them.
 */
class MatchingSuggestionsIT {
  static Organisations.Organisation municipality;
  static Organisations.Organisation ngo;
  static ApiSession municipalityEditor;
  static ApiSession ngoEditor;
  static String word;
  static long need;
  static long bergenRefugees;
  static long nationalRefugees;
  static long osloRefugees;
  static long bergenHomeless;
  static long withdrawn;
  static long ownOffer;
  static String practice;

  @BeforeAll
  static void postings() throws InterruptedException {
    municipality = Organisations.verified("Rangeringskommune");
    ngo = Organisations.verified("Rangeringslaget");
    municipalityEditor = Accounts.session("rank-need", municipality.slug(), "editor", null);
    ngoEditor = Accounts.session("rank-offer", ngo.slug(), "editor", null);
    word = PracticeBuilder.uniqueWord("rangord");
    need = MatchingBuilder.need(municipality.slug(), "Behov " + word).posted(municipalityEditor);
    // Posted worst first: where scores tied, the index would list them in this order.
    bergenHomeless =
        MatchingBuilder.offer(ngo.slug(), "Bomentor i Bergen " + word)
            .with("municipalities", List.of("4601"))
            .posted(ngoEditor);
    osloRefugees =
        refugeeOffer(ngo, "Oslo").with("municipalities", List.of("0301")).posted(ngoEditor);
    nationalRefugees = refugeeOffer(ngo, "landet").posted(ngoEditor);
    bergenRefugees =
        refugeeOffer(ngo, "Bergen").with("municipalities", List.of("4601")).posted(ngoEditor);
    withdrawn =
        refugeeOffer(ngo, "Bergen, trukket")
            .with("municipalities", List.of("4601"))
            .posted(ngoEditor);
    var moved =
        ngoEditor.post("api/matching/" + withdrawn + "/state", Map.of("state", "WITHDRAWN"));
    assertEquals(200, moved.status(), () -> moved.raw().body());
    ownOffer =
        refugeeOffer(municipality, "kommunens eget")
            .with("municipalities", List.of("4601"))
            .posted(municipalityEditor);

    practice =
        PracticeBuilder.practice(municipality.slug(), "Mottak for nybosatte " + word)
            .with("targetGroups", List.of("flyktninger"))
            .with("places", List.of("4601"))
            .published(municipalityEditor);
    IndexedState.awaitOutboxDrained();
  }

  private static MatchingBuilder refugeeOffer(Organisations.Organisation o, String where) {
    return MatchingBuilder.offer(o.slug(), "Flyktningvenner " + where + " " + word)
        .with("targetGroups", List.of("flyktninger"));
  }

  @Test
  void aNeedInBergenForRefugeesGetsTheBergenRefugeeOfferFirst() {
    JsonNode postings = matches(need).path("postings");
    List<Long> order = ours(postings);
    assertTrue(
        order.containsAll(List.of(bergenRefugees, nationalRefugees, osloRefugees, bergenHomeless)),
        () -> "every open offer of another organisation that shares something: " + postings);
    assertEquals(0, order.indexOf(bergenRefugees), () -> "Bergen's refugee offer first: " + order);
    assertTrue(
        order.indexOf(nationalRefugees) < order.indexOf(osloRefugees),
        () -> "a national offer is nearer than one in another county: " + order);
    assertFalse(order.contains(withdrawn), "a withdrawn offer is not suggested");
    assertFalse(order.contains(ownOffer), "the municipality's own offer is not suggested");

    JsonNode first = byId(postings, bergenRefugees);
    List<String> why = reasons(first);
    assertTrue(
        why.containsAll(
            List.of("TARGET_GROUP:flyktninger", "THEME:bomestring", "SAME_MUNICIPALITY:4601")),
        first::toString);
    assertFalse(why.contains("SAME_COUNTY:46"), "the same municipality says the same county");
    assertTrue(reasons(byId(postings, nationalRefugees)).contains("NATIONAL:"));
    assertFalse(
        reasons(byId(postings, osloRefugees)).stream().anyMatch(r -> r.startsWith("SAME_")),
        "Oslo is neither Bergen nor Vestland");
    assertEquals(
        "Flyktningvenner Bergen " + word,
        first.path("posting").path("title").asText(),
        "the suggestion shows the posting");
  }

  @Test
  void aNeedIsSuggestedPracticesThatFitIt() {
    JsonNode practices = matches(need).path("practices");
    boolean found = false;
    for (JsonNode p : practices) {
      if (p.path("practice").path("slug").asText().equals(practice)) {
        found = true;
        assertEquals("practices/" + practice, p.path("practice").path("path").asText());
        assertTrue(reasons(p).contains("TARGET_GROUP:flyktninger"), p::toString);
        assertTrue(reasons(p).contains("SAME_MUNICIPALITY:4601"), p::toString);
      }
    }
    assertTrue(found, () -> "the Bergen practice for refugees in " + practices);
  }

  @Test
  void anOfferIsSuggestedTheNeedsThatFitIt() {
    JsonNode result = matches(bergenRefugees);
    assertTrue(ours(result.path("postings")).contains(need), result::toString);
    assertEquals(0, result.path("practices").size(), "practices are suggested for needs only");
    assertEquals(
        0, matches(withdrawn).path("postings").size(), "a closed posting is suggested nothing");
  }

  @Test
  void thePostingPageSaysWhatFitsAndWhy() {
    String page = ApiSession.anonymous().page("matching/" + need).body();
    assertTrue(page.contains("Offers that fit"), page);
    int bergen = page.indexOf("Flyktningvenner Bergen " + word);
    int national = page.indexOf("Flyktningvenner landet " + word);
    assertTrue(bergen > 0 && national > bergen, "Bergen's offer is listed before the national one");
    assertTrue(page.contains("same target group: Refugees"), "the reasons are told in words");
    assertTrue(page.contains("same municipality: Bergen"), "the reasons are told in words");
    assertFalse(page.contains("Flyktningvenner Bergen, trukket"), "no withdrawn offer");
  }

  @Test
  void theMunicipalityIsToldOfNewOffersThatFitItsNeedButNotOfItsOwn() throws InterruptedException {
    // A pair of its own, for a target group other tests leave alone: among the ten best fits.
    String rare = PracticeBuilder.uniqueWord("sjeldan");
    MatchingBuilder.need(municipality.slug(), "Behov " + rare)
        .with("targetGroups", List.of("nedsatt-funksjonsevne"))
        .with("municipalities", List.of("1103"))
        .posted(municipalityEditor);
    MatchingBuilder.offer(municipality.slug(), "Eige tilbod " + rare)
        .with("targetGroups", List.of("nedsatt-funksjonsevne"))
        .with("municipalities", List.of("1103"))
        .posted(municipalityEditor);
    // Told after the municipality's own offer (the job goes by id): once the municipality is told
    // of this one, the job has been past its own.
    long last =
        MatchingBuilder.offer(ngo.slug(), "Tilbod " + rare)
            .with("targetGroups", List.of("nedsatt-funksjonsevne"))
            .with("municipalities", List.of("1103"))
            .posted(ngoEditor);
    String expected = "A new offer fits your need “Behov " + rare + "”: “Tilbod " + rare + "”";
    JsonNode told = null;
    for (int i = 0; i < 120 && told == null; i++) {
      for (int page = 1; page <= 5 && told == null; page++) {
        for (JsonNode item :
            municipalityEditor
                .get("api/notifications?size=100&page=" + page)
                .json()
                .path("items")) {
          if (item.path("line").asText().equals(expected)) {
            told = item;
          }
        }
      }
      if (told == null) {
        Thread.sleep(500);
      }
    }
    assertTrue(told != null, "the need's editors are told of the fitting offer");
    assertEquals("matching.fit", told.path("kind").asText());
    assertTrue(told.path("link").asText().contains("matching/" + last), told::toString);
    for (int page = 1; page <= 5; page++) {
      for (JsonNode item :
          municipalityEditor.get("api/notifications?size=100&page=" + page).json().path("items")) {
        assertFalse(
            item.path("line").asText().contains("Eige tilbod " + rare),
            "nobody is told of their own organisation's offer: " + item);
      }
    }
  }

  private static JsonNode matches(long id) {
    ApiSession.Answer a = ApiSession.anonymous().get("api/matching/" + id + "/matches?size=20");
    assertEquals(200, a.status(), () -> a.raw().body());
    return a.json();
  }

  /** The ids of this test's postings among the suggestions, in their order. */
  private static List<Long> ours(JsonNode postings) {
    List<Long> mine =
        List.of(
            need,
            bergenRefugees,
            nationalRefugees,
            osloRefugees,
            bergenHomeless,
            withdrawn,
            ownOffer);
    List<Long> order = new ArrayList<>();
    for (JsonNode p : postings) {
      long id = p.path("posting").path("id").asLong();
      if (mine.contains(id)) {
        order.add(id);
      }
    }
    return order;
  }

  private static JsonNode byId(JsonNode postings, long id) {
    for (JsonNode p : postings) {
      if (p.path("posting").path("id").asLong() == id) {
        return p;
      }
    }
    throw new AssertionError(id + " is not among " + postings);
  }

  private static List<String> reasons(JsonNode match) {
    List<String> reasons = new ArrayList<>();
    match
        .path("reasons")
        .forEach(r -> reasons.add(r.path("kind").asText() + ":" + r.path("code").asText("")));
    return reasons;
  }
}
