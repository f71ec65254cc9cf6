package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.IndexedState;
import no.boforum.testsupport.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a housing officer types and what she must find: a bokmål practice and a nynorsk one,
 * published for this test, found across the written forms, through synonyms and inflections; facet
 * counts that agree with the database; filters that combine as "any of a facet, all facets".
 */
class SearchRelevanceIT {
  static final String BOKMAAL = "Nattvakt i Testby";
  static final String NYNORSK = "Bustadrettleiing i Testbygd";
  static String bokmaal;
  static String nynorsk;
  static Organisations.Organisation owner;

  @BeforeAll
  static void publishTwoPractices() throws InterruptedException {
    owner = Organisations.verified("Relevans kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("relevance-editor", "Relevans", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    bokmaal =
        publish(
            editor,
            BOKMAAL,
            "nb",
            "Kommunen gir bostedsløse et trygt sted å sove om natten.",
            "Vi skaffer leiligheter for utleie til rusavhengige, med nattevakter som kjenner dem.");
    nynorsk =
        publish(
            editor,
            NYNORSK,
            "nn",
            "Kommunen hjelper bustadlause med å finne ein eigna stad å bu.",
            "Utleigarar får tilskot frå kommunen når dei leiger ut til folk som treng hjelp.");
    Eventually.await(
        "both practices to be findable",
        () -> slugs("q=" + encode("Testby Testbygd")),
        found -> found.containsAll(Set.of(bokmaal, nynorsk)));
  }

  /** A practice of the test's own verified organisation, as the API takes it. */
  static Map<String, Object> fields(String title, String language) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("summary", "Ein praksis laga av testane.");
    p.put("body", "Berre for testen.");
    p.put("language", language);
    p.put("owner", owner.slug());
    p.put("themes", List.of("bomestring"));
    p.put("targetGroups", List.of("bostedslose"));
    p.put("places", List.of("0301"));
    p.put("activityStatus", "active");
    p.put("evidenceLevel", "described");
    return p;
  }

  static String publish(ApiSession s, String title, String language, String summary, String body) {
    Map<String, Object> p = fields(title, language);
    p.put("summary", summary);
    p.put("body", body);
    Answer created = s.post("api/practices", p);
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    Answer published =
        s.post("api/practices/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    assertEquals(200, published.status(), published.raw().body());
    return slug;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static JsonNode search(String params) {
    JsonNode result = Http.json("api/search?size=50&" + params);
    assertFalse(result.path("degraded").asBoolean(), "the index answered: " + params);
    return result;
  }

  /** Every slug found for the parameters (at most 50, more than the test data has). */
  static Set<String> slugs(String params) {
    Set<String> found = new HashSet<>();
    search(params).path("hits").forEach(h -> found.add(h.path("slug").asText()));
    return found;
  }

  static Set<String> words(String q) {
    return slugs("q=" + encode(q));
  }

  @Test
  void aNynorskWordFindsTheBokmaalTextAndTheReverse() {
    assertTrue(words("bustadlause").contains(bokmaal), "bustadlause → bostedsløse");
    assertTrue(words("bostedsløse").contains(nynorsk), "bostedsløse → bustadlause");
    assertTrue(words("utleige").contains(bokmaal), "utleige → utleie");
    assertTrue(words("tilskudd").contains(nynorsk), "tilskudd → tilskot");
  }

  @Test
  void synonymsJoinCommonVariants() {
    Set<String> found = words("hjemløse");
    assertTrue(found.containsAll(Set.of(bokmaal, nynorsk)), "hjemløse → both: " + found);
    assertTrue(words("heimlause").contains(bokmaal), "heimlause → bostedsløse");
  }

  @Test
  void inflectedFormsFindEachOther() {
    assertTrue(words("leilighet").contains(bokmaal), "leilighet → leiligheter");
    assertTrue(words("nattevakt").contains(bokmaal), "nattevakt → nattevakter");
    assertTrue(words("utleigar").contains(nynorsk), "utleigar → utleigarar");
  }

  @Test
  void anUnrelatedWordFindsNeither() {
    Set<String> found = words("flyktningar");
    assertFalse(found.contains(bokmaal) || found.contains(nynorsk), found.toString());
  }

  @Test
  void aMisspeltWordGetsADidYouMean() {
    JsonNode result = search("q=" + encode("bostedslose"));
    assertEquals("bostedsløse", result.path("suggestion").asText(), result.toString());
    for (String right : List.of("bostedsløse", "bustadlaus")) {
      JsonNode none = search("q=" + encode(right)).path("suggestion");
      assertTrue(none.isNull() || none.isMissingNode(), right + " is spelt right, yet: " + none);
    }
  }

  @Test
  void facetCountsAgreeWithTheDatabase() throws InterruptedException {
    IndexedState.awaitOutboxDrained();
    // Practices only: events share the facets by name, and the seed events are public.
    JsonNode facets = search("size=1&type=practice").path("facets");
    Map<String, String> listParameter =
        Map.of(
            "theme", "theme",
            "targetGroup", "targetGroup",
            "county", "county",
            "evidence", "evidenceLevel",
            "language", "language");
    int compared = 0;
    for (Map.Entry<String, String> facet : listParameter.entrySet()) {
      for (JsonNode value : facets.path(facet.getKey())) {
        String code = value.path("value").asText();
        long inDatabase =
            Http.json("api/practices?size=1&" + facet.getValue() + "=" + encode(code))
                .path("total")
                .asLong();
        assertEquals(inDatabase, value.path("count").asLong(), facet.getKey() + "=" + code);
        compared++;
      }
    }
    for (JsonNode value : facets.path("status")) {
      String code = value.path("value").asText();
      long inDatabase =
          Http.json("api/practices?size=1&status=" + code.toLowerCase()).path("total").asLong();
      assertEquals(inDatabase, value.path("count").asLong(), "status=" + code);
      compared++;
    }
    assertTrue(compared > 20, "compared " + compared + " facet values");
  }

  @Test
  void valuesOfOneFacetAddUpAndFacetsNarrowEachOther() {
    List<String> themes = new ArrayList<>();
    search("size=1")
        .path("facets")
        .path("theme")
        .forEach(v -> themes.add(v.path("value").asText()));
    assertTrue(themes.size() >= 2, themes.toString());
    String a = "theme=" + themes.get(0);
    String b = "theme=" + themes.get(1);
    Set<String> either = new HashSet<>(slugs(a));
    either.addAll(slugs(b));
    assertEquals(either, slugs(a + "&" + b), "two themes: any of them");

    Set<String> both = new HashSet<>(slugs(a));
    both.retainAll(slugs("county=03"));
    assertEquals(both, slugs(a + "&county=03"), "a theme and a county: both");

    assertEquals(
        counts(search("size=1"), "theme"),
        counts(search(a), "theme"),
        "a facet's own choice does not narrow its counts (other themes stay to be added)");
    assertEquals(
        counts(search(a + "&county=03"), "theme"),
        counts(search("county=03"), "theme"),
        "other facets' choices narrow the counts");
  }

  static Map<String, Long> counts(JsonNode result, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    result
        .path("facets")
        .path(facet)
        .forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
    return counts;
  }

  @Test
  void aChosenValueWithoutHitsStaysListedToBeRemoved() {
    JsonNode result = search("q=" + encode("Testby") + "&theme=finst-ikkje");
    assertEquals(0, result.path("total").asInt());
    boolean listed = false;
    for (JsonNode v : result.path("facets").path("theme")) {
      listed |= v.path("value").asText().equals("finst-ikkje") && v.path("selected").asBoolean();
    }
    assertTrue(listed, result.path("facets").path("theme").toString());
  }

  @Test
  void sortsByNewestAndByEvidence() {
    List<String> published = new ArrayList<>();
    search("type=practice&sort=newest")
        .path("hits")
        .forEach(h -> published.add(h.path("publishedAt").asText()));
    assertTrue(published.size() >= 2, "something to sort: " + published);
    assertTrue(
        published.stream().noneMatch(p -> p.isEmpty() || p.equals("null")),
        "every hit carries its publication time: " + published);
    assertTrue(
        published.stream().distinct().count() >= 2,
        "at least two different times, or any order passes: " + published);
    List<String> descending = new ArrayList<>(published);
    descending.sort(java.util.Comparator.reverseOrder());
    assertEquals(descending, published, "newest first");

    List<String> ranks =
        List.of(
            "documented_effect",
            "effect_evaluated",
            "process_evaluated",
            "described",
            "idea_pilot");
    List<Integer> seen = new ArrayList<>();
    search("type=practice&sort=evidence")
        .path("hits")
        .forEach(h -> seen.add(ranks.indexOf(h.path("evidenceLevel").asText())));
    assertTrue(seen.size() >= 2, "something to sort: " + seen);
    assertTrue(!seen.contains(-1), "every hit carries a known evidence level: " + seen);
    assertTrue(seen.stream().distinct().count() >= 2, "at least two levels: " + seen);
    List<Integer> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(sorted, seen, "best evidence first");
  }

  @Test
  void suggestsTitlesAndTermsWhileTyping() {
    JsonNode titles = Http.json("api/search/suggest?q=nattva");
    Set<String> slugs = new HashSet<>();
    titles.path("practices").forEach(p -> slugs.add(p.path("slug").asText()));
    assertTrue(slugs.contains(bokmaal), titles.toString());

    JsonNode terms = Http.json("api/search/suggest?q=bosteds&language=nb");
    boolean targetGroup = false;
    for (JsonNode t : terms.path("terms")) {
      targetGroup |=
          t.path("facet").asText().equals("targetGroup")
              && t.path("code").asText().equals("bostedslose");
    }
    assertTrue(targetGroup, terms.toString());
    assertEquals(0, Http.json("api/search/suggest?q=b").path("terms").size(), "two letters first");
  }
}
