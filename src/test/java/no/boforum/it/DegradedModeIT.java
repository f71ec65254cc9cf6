package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import no.boforum.browser.Browser;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.EmbeddedElasticsearch;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.Scrape;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With Elasticsearch stopped under the running portal, every page still works, search says plainly
 * that it is unavailable and falls back to the database, and nothing shows a stack trace.
 */
class DegradedModeIT {
  /** A word only this test's practice has. */
  static final String WORD = PracticeBuilder.uniqueWord("fallbackprov");

  private static EmbeddedElasticsearch es;
  private static String slug;

  @BeforeAll
  static void stopElasticsearch() throws Exception {
    Organisations.Organisation owner = Organisations.verified("Utan indeks kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("degraded-editor", "Utan indeks", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    slug =
        PracticeBuilder.practice(owner.slug(), "Prosjekt " + WORD)
            .with("summary", "Bolig for dem som står uten, " + WORD + ".")
            .published(editor);
    es = TestServers.elasticsearch();
    es.stop();
  }

  @AfterAll
  static void startElasticsearchAgain() throws Exception {
    es.start();
    Eventually.await(
        "search to recover after Elasticsearch returned",
        () -> Http.json("api/search?q=" + WORD),
        r -> !r.path("degraded").asBoolean() && r.path("total").asInt() == 1);
  }

  private static void assertCleanPage(HttpResponse<String> page) {
    assertEquals(200, page.statusCode(), page.body());
    for (String leak :
        new String[] {"Exception", "at no.boforum", "Stacktrace", "HTTP Status 500"}) {
      assertFalse(page.body().contains(leak), "page shows '" + leak + "'");
    }
  }

  @Test
  void homeAndPracticePagesStillWork() {
    HttpResponse<String> home = Http.get("");
    assertCleanPage(home);
    String newest = Http.json("api/practices?size=1").path("items").get(0).path("title").asText();
    assertTrue(home.body().contains(newest), "home lists the newest practice, " + newest);

    HttpResponse<String> practice = Http.get("practices/" + slug);
    assertCleanPage(practice);
    assertTrue(practice.body().contains("Prosjekt " + WORD), "the practice page shows it");
  }

  @Test
  void searchPageSaysItIsUnavailableAndShowsDatabaseMatches() {
    HttpResponse<String> page = Http.get("search?q=" + WORD);
    assertCleanPage(page);
    assertTrue(page.body().contains("Søket er ikke tilgjengelig akkurat nå."), page.body());
    assertTrue(page.body().contains("/practices/" + slug), "database fallback hits");

    HttpResponse<String> nynorsk = Http.get("search?q=" + WORD, "nn");
    assertTrue(nynorsk.body().contains("Søket er ikkje tilgjengeleg akkurat no."));
  }

  @Test
  void pagesThatMissWhatSearchGivesAreNotKeptForTheNextVisitor() {
    for (String path : new String[] {"search?q=" + WORD, "practices/" + slug}) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> page = Http.get(path);
        assertCleanPage(page);
        assertTrue(
            page.headers().firstValue("X-Page-Cache").isEmpty(),
            path + " was kept without what the index gives (similar practices, search hits)");
      }
    }
  }

  @Test
  void degradedSearchPageIsAccessible() throws Exception {
    try (Browser browser = Browser.start("nb-NO")) {
      browser.open("search?q=" + WORD);
      assertTrue(
          browser.driver().getPageSource().contains("Søket er ikke tilgjengelig akkurat nå."));
      browser.assertAccessible();
    }
  }

  @Test
  void similarThreadsAreSimplyNone() {
    HttpResponse<String> similar = Http.get("api/discussions/similar?title=Prosjekt%20" + WORD);
    assertEquals(200, similar.statusCode(), similar.body());
    assertEquals("{\"threads\":[]}", similar.body().replaceAll("\\s", ""));
  }

  @Test
  void apiSearchFallsBackAndSaysSo() {
    double fallbacks = Scrape.now().sum("boforum_search_fallbacks_total", Map.of());
    JsonNode result = Http.json("api/search?q=" + WORD);
    assertTrue(
        Scrape.now().sum("boforum_search_fallbacks_total", Map.of()) >= fallbacks + 1,
        "the fallback is counted for the operators' alert");
    assertTrue(result.path("degraded").asBoolean(), result.toString());
    assertEquals(1, result.path("total").asInt(), result.toString());
    JsonNode hit = result.path("hits").get(0);
    assertEquals(slug, hit.path("slug").asText());
    assertEquals("practice", hit.path("type").asText());
    assertEquals("practices/" + slug, hit.path("path").asText());
  }

  @Test
  void readinessStaysUpAndReportsSearchDegraded() throws InterruptedException {
    HttpResponse<String> ready =
        Eventually.await(
            "the health check to notice",
            () -> Http.management("health-details/ready"),
            r -> r.body().contains("\"mode\":\"degraded\""));
    assertEquals(200, ready.statusCode(), ready.body());
    HttpResponse<String> status = Http.get("health/ready");
    assertEquals(200, status.statusCode(), "the portal stays in the load balancer");
    assertEquals("{\"status\":\"UP\"}", status.body());
  }
}
