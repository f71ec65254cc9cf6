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
import no.boforum.testsupport.TestServers;
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
  void suggestsSimilarPracticesByTheirWords() throws InterruptedException {
    JsonNode similar =
        Eventually.await(
            "the index to suggest practices like Housing First i Nordvik",
            () -> Http.json("api/search/similar/housing-first-nordvik"),
            list -> list.size() > 0);
    Set<String> slugs = slugs(similar, "slug");
    assertTrue(slugs.contains("housing-first-dorstokken"), "the other Housing First: " + slugs);
    assertFalse(slugs.contains("housing-first-nordvik"), "never itself");
    assertTrue(
        Http.get("practices/housing-first-nordvik")
            .body()
            .contains("/practices/housing-first-dorstokken"),
        "the practice page shows them");
    assertEquals(0, Http.json("api/search/similar/finnes-ikke").size());
  }

  @Test
  void administratorsSeeWhatWasSearchedWithoutWhoSearched() {
    String word = "bustadlaus" + System.nanoTime() % 1000;
    String nothing = "qqzzyy" + System.nanoTime() % 1000;
    search(word);
    search(word.toUpperCase());
    search(nothing);
    search("ola.nordmann@example.org");
    var admin = no.boforum.testsupport.Accounts.admin();
    String page = admin.page("admin/search-insight?days=7").body();
    assertTrue(page.contains(word), "the query is listed");
    assertTrue(page.contains(nothing), "the zero-result query is listed");
    assertFalse(page.contains("ola.nordmann"), "an email address is never kept");
    assertEquals(
        302,
        no.boforum.testsupport.ApiSession.anonymous().page("admin/search-insight").statusCode(),
        "administrators only");
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
    assertEquals("Bergen kommune", bokontakt.path("owner").path("name").asText());
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
    JsonNode hit = null;
    for (JsonNode h : result.path("hits")) {
      if (h.path("slug").asText().equals("prosjekt-bostedslose")) {
        hit = h;
      }
    }
    assertEquals("practice", hit.path("type").asText());
    assertTrue(hit.path("highlight").asText().contains("<mark>bostedsløse</mark>"), hit.toString());
    assertTrue(result.path("facets").has("evidence"), result.toString());
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
    Set<String> found = slugs(narrowed.path("hits"), "slug");
    assertTrue(found.contains("frivillige-bustadformidlarar"), found.toString());
    assertFalse(found.contains("bokontakt"), "a bokmål practice passed the nynorsk filter");
    assertFalse(found.contains("prosjekt-bostedslose"), "a bokmål practice passed the filter");
  }

  @Test
  void refusesBadPagingWithAClearMessage() {
    HttpResponse<String> bad = Http.get("api/practices?page=abc");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("page must be a whole number"), bad.body());
    assertEquals(400, Http.get("api/search?q=bolig&size=0").statusCode());
    assertEquals(400, Http.get("api/practices?page=99999999999").statusCode());
    assertEquals(400, Http.get("api/search?q=&page=1001&size=10").statusCode());
  }

  @Test
  void searchPageSurvivesNonsenseInTheAddress() {
    HttpResponse<String> page = Http.get("search?q=bolig&page=abc");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/practices/"), "shows the first page of hits");
    assertEquals(200, Http.get("search?q=bolig&page=99999").statusCode());
  }

  @Test
  void readingPagesCreatesNoSession() {
    for (String page : new String[] {"", "search?q=bolig", "practices/bokontakt"}) {
      HttpResponse<String> response = Http.get(page);
      assertEquals(200, response.statusCode(), page);
      assertFalse(
          response.headers().allValues("Set-Cookie").stream()
              .anyMatch(c -> c.startsWith("JSESSIONID")),
          page + " opened a session: " + response.headers().allValues("Set-Cookie"));
    }
  }

  @Test
  void languageSwitchRemembersTheChoiceAndKeepsTheAddress() {
    HttpResponse<String> switched = Http.get("search?q=bolig&lang=nn");
    assertEquals(302, switched.statusCode());
    assertTrue(
        switched.headers().firstValue("Location").orElseThrow().endsWith("/search?q=bolig"),
        switched.headers().toString());
    String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("boforum_lang=nn"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);

    HttpResponse<String> onPractice = Http.get("practices/bokontakt?lang=en");
    assertEquals(302, onPractice.statusCode(), "every page takes the switch, also a forwarded one");
    assertTrue(
        onPractice.headers().firstValue("Location").orElseThrow().endsWith("/practices/bokontakt"));

    HttpResponse<String> elsewhere = Http.get("/evil.example/?lang=nn");
    assertEquals(302, elsewhere.statusCode());
    String location = elsewhere.headers().firstValue("Location").orElseThrow();
    assertTrue(
        location.equals("/") || location.equals(TestServers.baseUrl()),
        "a path that names another host goes to the home page, not to " + location);
  }

  @Test
  void describesTheApiWithOpenApi() {
    HttpResponse<String> openapi = Http.get("openapi");
    assertEquals(200, openapi.statusCode());
    for (String part :
        new String[] {"title: Boforum API", "/api/practices/{slug}", "/api/search"}) {
      assertTrue(openapi.body().contains(part), "OpenAPI lacks " + part);
    }
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
