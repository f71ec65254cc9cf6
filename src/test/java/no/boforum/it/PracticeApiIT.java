package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import org.junit.jupiter.api.Test;

/** The JSON API and health endpoints of the packaged WAR, with the seed content imported. */
class PracticeApiIT {

  private static JsonNode search(String q) {
    return Http.json("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  private static Set<String> slugs(JsonNode list, String field) {
    Set<String> slugs = new HashSet<>();
    list.forEach(item -> slugs.add(item.path(field).asText()));
    return slugs;
  }

  @Test
  void listsTheSeedPracticesWithTotalAndItems() {
    JsonNode page = Http.json("api/practices?size=100");
    assertTrue(page.path("total").asInt() >= 3, page.toString());
    Set<String> slugs = slugs(page.path("items"), "slug");
    assertTrue(
        slugs.containsAll(
            Set.of("bokontakt", "frivillige-bustadformidlarar", "prosjekt-bostedslose")),
        slugs.toString());
    JsonNode first = page.path("items").get(0);
    for (String field : new String[] {"slug", "title", "summary", "evidenceLevel"}) {
      assertFalse(first.path(field).asText().isEmpty(), field + " missing in " + first);
    }
  }

  @Test
  void pagesTheList() {
    JsonNode first = Http.json("api/practices?size=2&page=1");
    JsonNode second = Http.json("api/practices?size=2&page=2");
    assertEquals(2, first.path("items").size());
    assertEquals(first.path("total").asInt(), second.path("total").asInt());
    assertFalse(
        slugs(first.path("items"), "slug").removeAll(slugs(second.path("items"), "slug")),
        "pages overlap");
  }

  @Test
  void showsOnePracticeAndAnswers404JsonForAnUnknownOne() {
    JsonNode bokontakt = Http.json("api/practices/bokontakt");
    assertEquals("Bokontakt", bokontakt.path("title").asText());
    assertEquals("Bergen kommune", bokontakt.path("ownerName").asText());
    assertEquals("described", bokontakt.path("evidenceLevel").asText());

    HttpResponse<String> missing = Http.get("api/practices/finnes-ikke");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("\"status\":404"), missing.body());
    assertFalse(missing.body().contains("Exception"), missing.body());
  }

  @Test
  void findsBokmalTextFromANynorskWordWithHighlightAndFacets() throws InterruptedException {
    JsonNode result =
        Eventually.await(
            "the seed practices to be indexed",
            () -> search("bustadlaus"),
            r -> slugs(r.path("hits"), "slug").contains("prosjekt-bostedslose"));
    assertFalse(result.path("degraded").asBoolean(), result.toString());
    JsonNode hit = result.path("hits").get(0);
    assertEquals("practice", hit.path("type").asText());
    assertTrue(hit.path("highlight").asText().contains("<mark>bostedsløse</mark>"), hit.toString());
    assertTrue(result.path("facets").has("evidenceLevel"), result.toString());
    assertTrue(result.path("total").asInt() >= 1);
  }

  @Test
  void findsNynorskTextFromABokmalWord() throws InterruptedException {
    Eventually.await(
        "the nynorsk practice to be found by 'leietakere'",
        () -> search("leietakere"),
        r -> slugs(r.path("hits"), "slug").contains("frivillige-bustadformidlarar"));
  }

  @Test
  void narrowsBySharedFacetLinks() throws InterruptedException {
    JsonNode narrowed =
        Eventually.await(
            "a filtered search",
            () -> Http.json("api/search?q=&language=nn"),
            r -> r.path("total").asInt() >= 1);
    narrowed
        .path("hits")
        .forEach(h -> assertEquals("frivillige-bustadformidlarar", h.path("slug").asText()));
  }

  @Test
  void reportsDatabaseAndSearchSeparatelyInHealth() {
    HttpResponse<String> ready = Http.get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
    assertTrue(ready.body().contains("\"name\":\"search\""), ready.body());
    assertEquals(200, Http.get("health/live").statusCode());
  }
}
