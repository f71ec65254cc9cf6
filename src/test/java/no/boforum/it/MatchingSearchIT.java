package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.IndexedState;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.Test;

/**
 * Needs and offers as a searchable kind: found by their text beside the other kinds, each hit
 * linking to its page, with counts per side, target group, county, actor type and state that follow
 * the database once the outbox has drained, and a type facet that names the kind.
 */
class MatchingSearchIT {
  @Test
  void needsAndOffersAreSearchedAndCountedByTheirFacets() throws Exception {
    Organisations.Organisation municipality = Organisations.verified("Søkjekommune");
    Organisations.Organisation ngo = Organisations.verified("Søkjelaget");
    ApiSession municipalityEditor =
        Accounts.session("search-need", municipality.slug(), "editor", null);
    ApiSession ngoEditor = Accounts.session("search-offer", ngo.slug(), "editor", null);
    String word = PracticeBuilder.uniqueWord("matchord");
    long need =
        MatchingBuilder.need(municipality.slug(), "Behov " + word).posted(municipalityEditor);
    long offer = MatchingBuilder.offer(ngo.slug(), "Tilbod " + word).posted(ngoEditor);
    IndexedState.awaitOutboxDrained();

    JsonNode all = search("q=" + word);
    assertEquals(2, all.path("total").asLong(), all::toString);
    for (JsonNode hit : all.path("hits")) {
      assertEquals("matching", hit.path("type").asText());
      long id = Long.parseLong(hit.path("slug").asText());
      assertTrue(id == need || id == offer, hit::toString);
      assertEquals("matching/" + id, hit.path("path").asText());
      assertEquals(200, ApiSession.anonymous().page(hit.path("path").asText()).statusCode());
    }
    assertEquals(Map.of("matching", 2L), counts(all, "type"));
    assertEquals(Map.of("NEED", 1L, "OFFER", 1L), counts(all, "side"));
    assertEquals(Map.of("flyktninger", 1L, "bostedslose", 1L), counts(all, "targetGroup"));
    assertEquals(Map.of("46", 1L), counts(all, "county"));
    // The need wants an NGO; the offer is made by one: one facet brings the two sides together.
    assertEquals(Map.of("ideell-organisasjon", 2L), counts(all, "actorType"));
    assertEquals(Map.of("OPEN", 2L), counts(all, "state"));

    JsonNode needs = search("q=" + word + "&side=NEED");
    assertEquals(1, needs.path("total").asLong());
    assertEquals(String.valueOf(need), needs.path("hits").path(0).path("slug").asText());
    JsonNode inVestland = search("q=" + word + "&county=46&targetGroup=flyktninger");
    assertEquals(1, inVestland.path("total").asLong());
    assertEquals(
        1, search("q=" + word + "&type=matching&targetGroup=bostedslose").path("total").asLong());

    var moved = ngoEditor.post("api/matching/" + offer + "/state", Map.of("state", "WITHDRAWN"));
    assertEquals(200, moved.status(), () -> moved.raw().body());
    IndexedState.awaitOutboxDrained();
    JsonNode after = search("q=" + word);
    assertEquals(Map.of("OPEN", 1L, "WITHDRAWN", 1L), counts(after, "state"));
    assertEquals(
        String.valueOf(offer),
        search("q=" + word + "&state=WITHDRAWN").path("hits").path(0).path("slug").asText());

    String page = ApiSession.anonymous().page("search?q=" + word).body();
    assertTrue(page.contains("id=\"f-type-matching\""), "the type facet offers the kind");
    assertTrue(page.contains("Need or offer"), "the search page names the kind (in English)");
  }

  @Test
  void anOfferIsFoundByItsOrganisationsNewNameAfterARename() throws Exception {
    Organisations.Organisation ngo = Organisations.verified("Gamlenamnlaget");
    ApiSession editor = Accounts.session("rename-offer", ngo.slug(), "editor", null);
    long offer = MatchingBuilder.offer(ngo.slug(), "Tilbod frå laget").posted(editor);
    String fresh = PracticeBuilder.uniqueWord("nyttnamn");
    JsonNode current = ApiSession.anonymous().get("api/organisations/" + ngo.slug()).json();
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field :
        List.of("name", "orgNumber", "actorType", "county", "municipality", "website")) {
      body.put(field, current.path(field).asText(null));
    }
    body.put("name", "Laget " + fresh);
    body.put("description", current.path("description").asText());
    body.put("version", current.path("version").asLong());
    var renamed = Accounts.admin().put("api/organisations/" + ngo.slug(), body);
    assertEquals(200, renamed.status(), () -> renamed.raw().body());
    IndexedState.awaitOutboxDrained();

    JsonNode found = search("q=" + fresh + "&type=matching");
    assertEquals(1, found.path("total").asLong(), found::toString);
    assertEquals(String.valueOf(offer), found.path("hits").path(0).path("slug").asText());
  }

  private static JsonNode search(String query) {
    var a = ApiSession.anonymous().get("api/search?size=50&" + query);
    assertEquals(200, a.status(), () -> a.raw().body());
    return a.json();
  }

  /** A facet's values with a count above zero. */
  private static Map<String, Long> counts(JsonNode result, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode v : result.path("facets").path(facet)) {
      if (v.path("count").asLong() > 0) {
        counts.put(v.path("value").asText(), v.path("count").asLong());
      }
    }
    return counts;
  }
}
