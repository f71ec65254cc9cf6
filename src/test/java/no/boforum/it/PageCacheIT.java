package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    String slug = PracticeBuilder.practice(owner.slug(), "Husvert i nabolaget").published(editor);
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
    String slug = PracticeBuilder.practice(owner.slug(), "Leigebuar med los").published(editor);
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
    get("practices/" + other, Map.of());
    assertEquals("hit", cache(get("practices/" + other, Map.of())));
    get("practices", Map.of());
    assertEquals("hit", cache(get("practices", Map.of())));

    changing.put("title", "Bustadrådgjeving heime");
    changing.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + slug, changing).status());

    assertEquals("hit", cache(get("practices/" + other, Map.of())), "another practice's page");
    assertEquals("miss", cache(get("practices", Map.of())), "the list may show the change");
  }

  @Test
  void aLoginDropsNothingAnotherWriteDropsEverything() throws Exception {
    String email = Accounts.person("page-cache-login", "Logg Inn", null, null, null);
    String slug = PracticeBuilder.practice(owner.slug(), "Boveileder på dagtid").published(editor);
    get("practices/" + slug, Map.of());
    assertEquals("hit", cache(get("practices/" + slug, Map.of())));

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
    HttpResponse<String> missing = get("practices/finst-ikkje-" + System.nanoTime(), Map.of());
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("X-Page-Cache").isEmpty());
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

  private static String cache(HttpResponse<String> response) {
    return response.headers().firstValue("X-Page-Cache").orElse("none");
  }

  private static String nonce(HttpResponse<String> response) {
    Matcher m = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(m.find(), "the page has a policy with a nonce");
    return m.group(1);
  }
}
