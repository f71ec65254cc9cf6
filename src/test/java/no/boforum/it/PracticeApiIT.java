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
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API and health endpoints of the packaged WAR, on practices this class publishes: one in
 * bokmål about homeless people, one in nynorsk about new tenants, and two much alike.
 */
class PracticeApiIT {
  static String organisation;
  static String bokmal;
  static String nynorsk;
  static String alike;
  static String alsoAlike;
  static String bokmalWord;
  static String nynorskWord;
  static String sharedWord;

  @BeforeAll
  static void practices() {
    Organisation owner = Organisations.verified("Testkommune for API");
    organisation = owner.name();
    ApiSession editor = Accounts.session("api-editor", owner.slug(), "editor", null);
    bokmalWord = PracticeBuilder.uniqueWord("husly");
    nynorskWord = PracticeBuilder.uniqueWord("tun");
    sharedWord = PracticeBuilder.uniqueWord("felles");
    bokmal =
        PracticeBuilder.practice(owner.slug(), "Bolig for bostedsløse " + bokmalWord)
            .with("summary", bokmalWord + " skaffer bostedsløse en egen bolig.")
            .with("body", "Et tilbud i " + sharedWord + " om bolig.")
            .with("evidenceLevel", "idea_pilot")
            .published(editor);
    nynorsk =
        PracticeBuilder.practice(owner.slug(), "Hjelp til nye leigetakarar " + nynorskWord)
            .with("language", "nn")
            .with("summary", nynorskWord + " følgjer nye leigetakarar i bygda.")
            .with("body", "Eit tilbod i " + sharedWord + " om bustad.")
            .published(editor);
    String twin = PracticeBuilder.uniqueWord("tvilling");
    String text =
        "Kvernsteinmodellen med "
            + twin
            + " gir husløse et varig hjem med oppfølging fra et ambulant team, "
            + twin
            + " og kvernstein i hvert nabolag.";
    alike =
        PracticeBuilder.practice(owner.slug(), "Kvernsteinmodellen " + twin)
            .with("body", text)
            .published(editor);
    alsoAlike =
        PracticeBuilder.practice(owner.slug(), "Kvernsteinmodellen i fjellet " + twin)
            .with("body", text + " Også i fjellet.")
            .published(editor);
  }

  private static JsonNode search(String q) {
    return Http.json("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  private static Set<String> slugs(JsonNode list, String field) {
    Set<String> slugs = new HashSet<>();
    list.forEach(item -> slugs.add(item.path(field).asText()));
    return slugs;
  }

  @Test
  void listsPublishedPracticesWithTotalAndItems() {
    JsonNode page = Http.json("api/practices?size=3");
    assertEquals(3, page.path("items").size(), page.toString());
    assertTrue(page.path("total").asInt() >= 4, page.toString());
    JsonNode mine =
        PracticeBuilder.listed("language=nb").stream()
            .filter(i -> i.path("slug").asText().equals(bokmal))
            .findFirst()
            .orElseThrow(() -> new AssertionError(bokmal + " is not listed"));
    assertEquals("Bolig for bostedsløse " + bokmalWord, mine.path("title").asText());
    assertEquals(bokmalWord + " skaffer bostedsløse en egen bolig.", mine.path("summary").asText());
    assertEquals("idea_pilot", mine.path("evidenceLevel").asText());
    for (JsonNode item : page.path("items")) {
      for (String field : new String[] {"slug", "title", "summary", "evidenceLevel"}) {
        assertFalse(item.path(field).asText().isEmpty(), field + " missing in " + item);
      }
    }
  }

  @Test
  void suggestsSimilarPracticesByTheirWords() throws InterruptedException {
    JsonNode similar =
        Eventually.await(
            "the index to suggest the practice much like " + alike,
            () -> Http.json("api/search/similar/" + alike),
            list -> slugs(list, "slug").contains(alsoAlike));
    assertFalse(slugs(similar, "slug").contains(alike), "never itself");
    assertTrue(
        Http.get("practices/" + alike).body().contains("/practices/" + alsoAlike),
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
    JsonNode one = Http.json("api/practices/" + bokmal);
    assertEquals("Bolig for bostedsløse " + bokmalWord, one.path("title").asText());
    assertEquals(organisation, one.path("owner").path("name").asText());
    assertEquals("idea_pilot", one.path("evidenceLevel").asText());

    HttpResponse<String> missing = Http.get("api/practices/finnes-ikke");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("\"status\":404"), missing.body());
    assertFalse(missing.body().contains("Exception"), missing.body());
  }

  @Test
  void findsBokmalTextFromANynorskWordWithHighlightAndFacets() throws InterruptedException {
    // The unique word finds the practice; the mark on "bostedsløse" shows the nynorsk word matched.
    JsonNode result =
        Eventually.await(
            "the bokmål practice to be indexed",
            () -> search("bustadlaus " + bokmalWord),
            r -> slugs(r.path("hits"), "slug").contains(bokmal));
    assertFalse(result.path("degraded").asBoolean(), result.toString());
    JsonNode hit = hit(result, bokmal);
    assertEquals("practice", hit.path("type").asText());
    assertTrue(hit.path("highlight").asText().contains("<mark>bostedsløse</mark>"), hit.toString());
    assertTrue(result.path("facets").has("evidence"), result.toString());
    assertTrue(result.path("total").asInt() >= 1);
  }

  @Test
  void findsNynorskTextFromABokmalWord() throws InterruptedException {
    JsonNode result =
        Eventually.await(
            "the nynorsk practice to be found by 'leietakere'",
            () -> search("leietakere " + nynorskWord),
            r -> slugs(r.path("hits"), "slug").contains(nynorsk));
    String highlight = hit(result, nynorsk).path("highlight").asText();
    assertTrue(highlight.contains("<mark>leigetakarar</mark>"), highlight);
  }

  private static JsonNode hit(JsonNode result, String slug) {
    for (JsonNode h : result.path("hits")) {
      if (h.path("slug").asText().equals(slug)) {
        return h;
      }
    }
    throw new AssertionError(slug + " is not among the hits: " + result);
  }

  @Test
  void narrowsBySharedFacetLinks() throws InterruptedException {
    Eventually.await(
        "both practices with the shared word to be indexed",
        () -> search(sharedWord),
        r -> slugs(r.path("hits"), "slug").containsAll(Set.of(bokmal, nynorsk)));
    JsonNode narrowed = Http.json("api/search?q=" + sharedWord + "&language=nn");
    Set<String> found = slugs(narrowed.path("hits"), "slug");
    assertTrue(found.contains(nynorsk), found.toString());
    assertFalse(found.contains(bokmal), "a bokmål practice passed the nynorsk filter");
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
    for (String page : new String[] {"", "search?q=bolig", "practices/" + bokmal}) {
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

    HttpResponse<String> onPractice = Http.get("practices/" + bokmal + "?lang=en");
    assertEquals(302, onPractice.statusCode(), "every page takes the switch, also a forwarded one");
    assertTrue(
        onPractice.headers().firstValue("Location").orElseThrow().endsWith("/practices/" + bokmal));

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
    HttpResponse<String> ready = Http.management("health-details/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
    assertTrue(ready.body().contains("\"name\":\"search\""), ready.body());
    assertEquals(200, Http.get("health/live").statusCode());
  }
}
