package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The page cache for visitors without a session (issue 19, decision 0035): a public page is served
 * again from memory with a fresh CSP nonce, a browser that has it gets {@code 304}, a change of the
 * practice shows at once, and nothing of a logged-in visitor's page is ever kept.
 */
class PageCacheIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  static Organisation owner;
  static ApiSession editor;

  @BeforeAll
  static void owner() {
    owner = Organisations.verified("Mellomlagerkommune");
    editor = Accounts.session("page-cache-editor", owner.slug(), "editor", null);
  }

  @Test
  void aPageIsServedAgainWithANonceOfItsOwn() throws Exception {
    String slug = published("Husvert i nabolaget");
    HttpResponse<String> first = get("practices/" + slug, Map.of());
    HttpResponse<String> second = get("practices/" + slug, Map.of());
    assertEquals(200, first.statusCode());
    assertEquals("miss", cache(first), "a new practice's page is rendered");
    assertEquals("hit", cache(second), "and then served as kept");
    String one = nonce(first);
    String two = nonce(second);
    assertNotEquals(one, two, "each answer has a nonce of its own");
    assertTrue(second.body().contains("nonce=\"" + two + "\""), "the body carries the policy's");
    assertFalse(second.body().contains(one), "and nothing of the first answer's");
    assertEquals(first.body().replace(one, "N"), second.body().replace(two, "N"));
    assertTrue(second.body().contains("Husvert i nabolaget"));
    assertEquals(
        first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
  }

  @Test
  void aBrowserWithThePageGetsNotModifiedUntilThePracticeChanges() throws Exception {
    Map<String, Object> practice =
        PracticeBuilder.practice(owner.slug(), "Leigebuar med los").body();
    String slug = published("Leigebuar med los");
    HttpResponse<String> first = get("practices/" + slug, Map.of());
    String etag = first.headers().firstValue("ETag").orElse(null);
    assertNotNull(etag, "a kept page has a validator");

    HttpResponse<String> again = get("practices/" + slug, Map.of("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertTrue(
        again.headers().firstValue("Content-Security-Policy").isEmpty(),
        "the browser keeps the policy that goes with its copy");

    practice.put("title", "Leigebuar med los og vaktmeister");
    practice.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + slug, practice).status());
    HttpResponse<String> changed = get("practices/" + slug, Map.of("If-None-Match", etag));
    assertEquals(200, changed.statusCode(), "the change shows at once");
    assertTrue(changed.body().contains("Leigebuar med los og vaktmeister"));
    assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(etag));
  }

  @Test
  void aPracticesChangeLeavesAnotherPracticesPageAndDropsTheList() throws Exception {
    Map<String, Object> changing =
        PracticeBuilder.practice(owner.slug(), "Bustadrådgjeving").body();
    String slug = PracticeBuilder.practice(owner.slug(), "Bustadrådgjeving").published(editor);
    String word = PracticeBuilder.uniqueWord("startlan");
    String other = PracticeBuilder.practice(owner.slug(), "Startlån " + word).published(editor);
    // Once search has both, the indexer's taking them in drops no list between the two asks.
    Eventually.await(
        "both practices to be searchable",
        () -> Http.json("api/search?q=" + word).path("total").asInt(),
        total -> total == 1);
    kept("practices/" + other);
    kept("practices");

    changing.put("title", "Bustadrådgjeving heime");
    changing.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + slug, changing).status());

    assertEquals("hit", cache(get("practices/" + other, Map.of())), "another practice's page");
    assertEquals("miss", cache(get("practices", Map.of())), "the list may show the change");
  }

  @Test
  void aLoginDropsNothingAnotherWriteDropsEverything() throws Exception {
    String email = Accounts.person("page-cache-login", "Logg Inn", null, null, null);
    String slug = published("Boveileder på dagtid");
    kept("practices/" + slug);

    ApiSession.loggedIn(email, Accounts.PASSWORD);
    assertEquals("hit", cache(get("practices/" + slug, Map.of())), "a login changes no page");

    Organisations.verified("Tømmekommune");
    assertEquals("miss", cache(get("practices/" + slug, Map.of())), "any other write may");
  }

  @Test
  void nothingOfALoggedInVisitorsPageIsKept() throws Exception {
    String slug = PracticeBuilder.practice(owner.slug(), "Bygdebustad").published(editor);
    HttpResponse<String> own = editor.page("practices/" + slug);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("/practices/" + slug + "/edit"), "the editor may edit");
    assertTrue(own.headers().firstValue("X-Page-Cache").isEmpty(), "not served from the cache");

    HttpResponse<String> anonymous = get("practices/" + slug, Map.of());
    assertEquals("miss", cache(anonymous), "the editor's page was not kept");
    assertFalse(anonymous.body().contains("/practices/" + slug + "/edit"), anonymous.body());
  }

  @Test
  void eachLanguageHasItsOwnPage() throws Exception {
    String slug = PracticeBuilder.practice(owner.slug(), "Tre språk").published(editor);
    for (String lang : new String[] {"nb", "nn", "en", "nn"}) {
      HttpResponse<String> page = get("practices/" + slug, Map.of("Accept-Language", lang));
      assertTrue(page.body().contains("lang=\"" + lang + "\""), lang);
    }
    HttpResponse<String> chosen =
        get("practices/" + slug, Map.of("Cookie", "boforum_lang=en", "Accept-Language", "nb"));
    assertTrue(chosen.body().contains("lang=\"en\""), "the chosen language over the browser's");
  }

  @Test
  void aPageThatIsNotFoundIsNotKept() throws Exception {
    String path = "practices/finst-ikkje-" + System.nanoTime();
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> missing = get(path, Map.of());
      assertEquals(404, missing.statusCode());
      assertTrue(missing.headers().firstValue("X-Page-Cache").isEmpty());
      assertTrue(missing.body().contains("Siden finnes ikke"), "the error page: " + missing.body());
    }
    // A form sent to it gets the error page too (a request that may write).
    HttpResponse<String> posted =
        Http.client()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
                    .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "nb")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, posted.statusCode());
    assertTrue(posted.body().contains("Siden finnes ikke"), "the error page: " + posted.body());
  }

  @Test
  void eachSearchIsKeptByItsWordsAndCountedEveryTime() throws Exception {
    String one = PracticeBuilder.uniqueWord("einord");
    String two = PracticeBuilder.uniqueWord("toord");
    HttpResponse<String> first = get("search?q=" + one, Map.of());
    assertTrue(first.body().contains(one), "the page names what was searched for");
    int asks = kept("search?q=" + one);
    assertEquals(1 + asks, searches(one), "a page from the cache is a search too");
    HttpResponse<String> other = get("search?q=" + two, Map.of());
    assertEquals("miss", cache(other), "other words are another page");
    assertTrue(other.body().contains(two) && !other.body().contains(one));
  }

  @Test
  void aBrowsersOldCopyAfterAChangeGetsTheWholePageWithItsPolicy() throws Exception {
    Map<String, Object> practice = PracticeBuilder.practice(owner.slug(), "Nattevakt").body();
    String slug = PracticeBuilder.practice(owner.slug(), "Nattevakt").published(editor);
    String etag = get("practices/" + slug, Map.of()).headers().firstValue("ETag").orElseThrow();
    // A change that leaves the page as it was (the same title) still drops it: the next answer
    // is a render, whose policy's nonce is not the one in the browser's copy.
    practice.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + slug, practice).status());
    HttpResponse<String> again = get("practices/" + slug, Map.of("If-None-Match", etag));
    assertEquals(200, again.statusCode(), "a render answers with the whole page");
    String policy = nonce(again);
    assertTrue(again.body().contains("nonce=\"" + policy + "\""), "and the policy of its body");
  }

  @Test
  void aRequestThatWritesNothingDropsNothing() throws Exception {
    String slug = published("Husleigehjelp");
    kept("practices/" + slug);
    HttpResponse<String> refused =
        Http.client()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + "finst-ikkje"))
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(refused.statusCode() >= 400, "refused: " + refused.statusCode());
    HttpResponse<String> postedPage =
        Http.client()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(TestServers.baseUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, postedPage.statusCode(), "a page asked for with POST is rendered");
    HttpResponse<String> head =
        Http.client()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + "practices/" + slug))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertTrue(head.headers().firstValue("X-Page-Cache").isEmpty(), "HEAD is the page's own");
    assertEquals("hit", cache(get("practices/" + slug, Map.of())), "nothing was dropped");
  }

  @Test
  void aChangeAnotherInstanceMadeDropsThePageHereWithinSeconds() throws Exception {
    String slug = published("Bustadsosial los");
    kept("practices/" + slug);
    String title = "Endra på ein annan instans " + PracticeBuilder.uniqueWord("klynge");
    // What another instance of a cluster does: it changes the practice in the shared database and
    // writes what it dropped from its own page cache (decision 0044).
    try (Connection c = TestServers.database();
        PreparedStatement change =
            c.prepareStatement("UPDATE practice SET title = ? WHERE slug = ?");
        PreparedStatement told =
            c.prepareStatement(
                "INSERT INTO page_change (instance, kind, item_key, created_at)"
                    + " VALUES ('another-instance', 'practice', ?, NOW(6))")) {
      change.setString(1, title);
      change.setString(2, slug);
      assertEquals(1, change.executeUpdate());
      told.setString(1, slug);
      told.executeUpdate();
    }
    // Without the row, the page kept here would show the old title for boforum.page-cache.seconds
    // (300 s), longer than Eventually waits.
    Eventually.await(
        "the page to show the title the other instance wrote",
        () -> {
          try {
            return get("practices/" + slug, Map.of()).body();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        body -> body.contains(title));
  }

  /** How often {@code word} was searched for today, as the search statistics count. */
  private static int searches(String word) {
    try (Connection c = TestServers.database();
        PreparedStatement s =
            c.prepareStatement("SELECT SUM(searches) FROM search_query_day WHERE query = ?")) {
      s.setString(1, word);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
            .timeout(Duration.ofMinutes(3));
    if (!headers.containsKey("Accept-Language")) {
      request.header("Accept-Language", "nb");
    }
    headers.forEach(request::header);
    return Http.client().build().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Asks for {@code path} until it is served from the cache: a job's change (another test class's
   * leftovers reaching the index) may drop the pages between two asks.
   */
  private static int kept(String path) throws InterruptedException {
    int[] asks = {0};
    Eventually.await(
        path + " to be served from the cache",
        () -> {
          try {
            asks[0]++;
            return cache(get(path, Map.of()));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        "hit"::equals);
    return asks[0];
  }

  /**
   * Publishes a practice titled {@code title} and a unique word, and waits until search has it: the
   * index taking it in drops its page (similar practices come from the index), which would
   * otherwise race with the test's asks.
   */
  private static String published(String title) throws InterruptedException {
    String word = PracticeBuilder.uniqueWord("bufra");
    String slug = PracticeBuilder.practice(owner.slug(), title + " " + word).published(editor);
    Eventually.await(
        "the practice to be searchable",
        () -> Http.json("api/search?q=" + word).path("total").asInt(),
        total -> total == 1);
    return slug;
  }

  private static String cache(HttpResponse<String> response) {
    return response.headers().firstValue("X-Page-Cache").orElse("none");
  }

  private static String nonce(HttpResponse<String> response) {
    Matcher m = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(m.find(), "the page has a policy with a nonce");
    return m.group(1);
  }
}
