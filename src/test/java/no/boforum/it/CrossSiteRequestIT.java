package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.RawHttp;
import no.boforum.testsupport.RawHttp.Answer;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that another site makes the browser send (issue 18, decision 0028): a page on another
 * port or a sibling subdomain is the same site to SameSite=Lax, so the cookie goes along; the
 * portal looks at Origin and Referer instead. And an anonymous write is a 401 before anything else.
 * Raw HTTP, so that Origin, Referer and Host are the test's own.
 */
class CrossSiteRequestIT {
  private static Organisation org;
  private static String ownOrigin;

  @BeforeAll
  static void arrange() {
    org = Organisations.verified("Kryss Stad");
    URI base = URI.create(TestServers.baseUrl());
    ownOrigin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  /** Another port on the same host: the same site, another origin. */
  private static String otherPort() {
    URI base = URI.create(TestServers.baseUrl());
    return base.getScheme() + "://" + base.getHost() + ":" + (base.getPort() + 7);
  }

  private static String login(String who) throws IOException {
    return RawHttp.login(Accounts.person(who, who, null, null, null), Accounts.PASSWORD);
  }

  private static Answer joinRequest(String cookie, Map<String, String> headers) throws IOException {
    return joinRequest(cookie, headers, null);
  }

  private static Answer joinRequest(String cookie, Map<String, String> headers, String body)
      throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Cookie", cookie);
    all.put("Accept-Language", "en");
    return RawHttp.send("POST", "/api/organisations/" + org.slug() + "/join-requests", all, body);
  }

  @Test
  void anApiLogoutIsRecordedAndHoldsToo() throws Exception {
    String cookie = login("kryss-api-logout");
    long endedBefore = endedLogins();
    Answer out =
        RawHttp.send("DELETE", "/api/session", Map.of("Cookie", cookie, "Origin", ownOrigin), null);
    assertEquals(204, out.status(), out.body());
    assertEquals(endedBefore + 1, endedLogins(), "the login recorded as ended");
    assertEquals(401, RawHttp.send("GET", "/api/me", Map.of("Cookie", cookie), null).status());
  }

  private static long endedLogins() throws java.sql.SQLException {
    try (java.sql.Connection c = TestServers.database();
        java.sql.ResultSet r =
            c.createStatement().executeQuery("SELECT COUNT(*) FROM ended_login")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** How many memberships (requested ones too) the session's person has. */
  private static int memberships(String cookie) throws IOException {
    Answer mine = RawHttp.send("GET", "/api/me/memberships", Map.of("Cookie", cookie), null);
    assertEquals(200, mine.status(), mine.body());
    JsonNode list = new ObjectMapper().readTree(mine.body());
    assertTrue(list.isArray(), mine.body());
    return list.size();
  }

  @Test
  void aPostFromAnotherPortOfTheSameHostIsRefusedAndChangesNothing() throws Exception {
    String cookie = login("kryss-port");
    int before = memberships(cookie);
    Answer answer = joinRequest(cookie, Map.of("Origin", otherPort()));
    assertEquals(403, answer.status(), answer.body());
    assertTrue(answer.body().contains("another site"), answer.body());
    assertEquals(before, memberships(cookie), "no join request was made");

    Answer own = joinRequest(cookie, Map.of("Origin", ownOrigin));
    assertEquals(201, own.status(), own.body());
    assertTrue(memberships(cookie) > before, "the portal's own page may");
  }

  @Test
  void aSiblingSubdomainANullOriginAndAForeignRefererAreRefused() throws Exception {
    String cookie = login("kryss-sibling");
    URI base = URI.create(TestServers.baseUrl());
    String sibling = "http://evil." + base.getHost() + ".nip.io:" + base.getPort();
    assertEquals(403, joinRequest(cookie, Map.of("Origin", sibling)).status());
    assertEquals(403, joinRequest(cookie, Map.of("Origin", "null")).status());
    assertEquals(
        403, joinRequest(cookie, Map.of("Referer", otherPort() + "/attack.html")).status());
    Answer ownReferer = joinRequest(cookie, Map.of("Referer", ownOrigin + "/organisations"));
    assertEquals(201, ownReferer.status(), ownReferer.body());
  }

  @Test
  void aFormShapedPostToTheApiWithACookieAndNoOriginIsRefused() throws Exception {
    String cookie = login("kryss-form");
    for (String type :
        new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
      Answer answer = joinRequest(cookie, Map.of("Content-Type", type), "");
      assertEquals(403, answer.status(), type + ": " + answer.body());
    }
    // A program with a session sends JSON, or nothing: no Origin needed.
    Answer program = joinRequest(cookie, Map.of("Content-Type", "application/json"), "");
    assertEquals(201, program.status(), program.body());
  }

  @Test
  void logoutFromAnotherSiteLeavesTheSessionAndAPageFormFromAnotherSiteGetsThe403Page()
      throws Exception {
    String cookie = login("kryss-logout");
    Answer forged =
        RawHttp.send(
            "POST",
            "/logout",
            Map.of(
                "Cookie",
                cookie,
                "Origin",
                otherPort(),
                "Accept-Language",
                "en",
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "");
    assertEquals(403, forged.status());
    assertTrue(forged.body().contains("sent from another site"), forged.body());
    assertFalse(forged.body().contains("Exception"), forged.body());
    // Neither Origin nor Referer, or a fetch the browser marks cross-site: refused as well.
    Answer bare =
        RawHttp.send(
            "POST",
            "/logout",
            Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
            "");
    assertEquals(403, bare.status(), bare.body());
    Answer marked =
        RawHttp.send(
            "POST",
            "/logout",
            Map.of(
                "Cookie",
                cookie,
                "Sec-Fetch-Site",
                "same-site",
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "");
    assertEquals(403, marked.status(), marked.body());
    Answer me = RawHttp.send("GET", "/api/me", Map.of("Cookie", cookie), null);
    assertEquals(200, me.status(), "still logged in: " + me.body());

    // With the version cookie that Payara sets beside the session's (its sessions are shared in
    // the data grid, decision 0038): the logout has the browser drop both, and no other.
    assertTrue(cookie.contains("JSESSIONIDVERSION="), cookie);
    long endedBefore = endedLogins();
    Answer own =
        RawHttp.send(
            "POST",
            "/logout",
            Map.of(
                "Cookie",
                cookie + "; boforum_lang=nn",
                "Origin",
                ownOrigin,
                "Content-Type",
                "application/x-www-form-urlencoded"),
            "");
    assertEquals(302, own.status(), own.headers().toString());
    assertEquals(401, RawHttp.send("GET", "/api/me", Map.of("Cookie", cookie), null).status());
    String sessionOnly = cookie.substring(0, cookie.indexOf(';'));
    assertEquals(
        401,
        RawHttp.send("GET", "/api/me", Map.of("Cookie", sessionOnly), null).status(),
        "nor with the session's cookie alone");
    // Recorded, so that no instance's copy of the session serves it again (decision 0045).
    assertEquals(endedBefore + 1, endedLogins(), "the login recorded as ended");
    List<String> dropped =
        own.all("Set-Cookie").stream().filter(c -> c.contains("Max-Age=0")).toList();
    assertEquals(
        List.of("JSESSIONID", "JSESSIONIDVERSION"),
        dropped.stream().map(c -> c.substring(0, c.indexOf('='))).toList(),
        own.headers().toString());
    assertTrue(dropped.stream().allMatch(c -> c.contains("Path=/")), dropped.toString());
  }

  @Test
  void aPageFormPostedFromAnotherSiteGetsThe403PageAndFromOurOwnItsValidation() throws Exception {
    Answer page = RawHttp.send("GET", "/login", Map.of("Accept-Language", "en"), null);
    assertEquals(200, page.status());
    String cookie = page.sessionCookie();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(state.find(), page.body());
    Matcher form = Pattern.compile("<form id=\"([^\"]+)\"").matcher(page.body());
    assertTrue(form.find(), page.body());
    String body =
        form.group(1)
            + "="
            + form.group(1)
            + "&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", cookie);
    headers.put("Accept-Language", "en");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("Origin", otherPort());
    Answer forged = RawHttp.send("POST", "/login", headers, body);
    assertEquals(403, forged.status(), forged.body());
    assertTrue(forged.body().contains("sent from another site"), forged.body());

    // The same post from the page itself, without PrimeFaces' script (no nonce parameter): the
    // page comes back with what is missing, under a policy with a nonce.
    // A nonce the request brings is never the page's.
    headers.put("Origin", ownOrigin);
    String forgedNonce = "Zm9yZ2VkLW5vbmNl";
    Answer own = RawHttp.send("POST", "/login", headers, body + "&primefaces.nonce=" + forgedNonce);
    assertEquals(200, own.status(), own.body());
    assertFalse(own.body().contains("Exception"), own.body());
    String policy = own.header("Content-Security-Policy");
    assertTrue(policy.contains("'nonce-"), own.headers().toString());
    assertFalse(policy.contains(forgedNonce), policy);
  }

  private static String viewState(Answer page) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(state.find(), page.body());
    return state.group(1);
  }

  /** The title of the page for a post whose view state the session did not give. */
  private static final String EXPIRED = "The page had been open too long";

  /** A page's form posted as a browser would, with the button pressed and the view state given. */
  private static Answer pressButton(
      String path, String cookie, String origin, String button, String viewState)
      throws IOException {
    String form = button.substring(0, button.indexOf(':'));
    String body =
        form
            + "="
            + form
            + "&"
            + java.net.URLEncoder.encode(button, java.nio.charset.StandardCharsets.UTF_8)
            + "=go"
            + (viewState == null
                ? ""
                : "&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(
                        viewState, java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", cookie);
    headers.put("Accept-Language", "en");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("Origin", origin);
    return RawHttp.send("POST", path, headers, body);
  }

  /** When the last rebuild of the search index started, as the administrators' API says. */
  private static String lastRebuild(String adminCookie) throws IOException {
    Answer progress =
        RawHttp.send("GET", "/api/admin/search-index", Map.of("Cookie", adminCookie), null);
    assertEquals(200, progress.status(), progress.body());
    return String.valueOf(new ObjectMapper().readTree(progress.body()).get("startedAt"));
  }

  @Test
  void theIndexRebuildFormIsRefusedFromAnotherSiteAndWithoutItsPagesViewState() throws Exception {
    Accounts.admin();
    String admin = RawHttp.login(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
    Answer page =
        RawHttp.send(
            "GET", "/admin/search-index", Map.of("Cookie", admin, "Accept-Language", "en"), null);
    assertEquals(200, page.status(), page.body());
    String state = viewState(page);
    assertFalse(state.equals("stateless"), "the page's view state is its form's token");
    String before = lastRebuild(admin);

    Answer forged = pressButton("/admin/search-index", admin, otherPort(), "rebuild:start", state);
    assertEquals(403, forged.status(), forged.body());
    assertTrue(forged.body().contains("sent from another site"), forged.body());
    // From the page's own origin, but with a view state the page did not give: nothing starts.
    for (String other : new String[] {"stateless", "12345:67890", null}) {
      Answer answer = pressButton("/admin/search-index", admin, ownOrigin, "rebuild:start", other);
      assertTrue(answer.status() < 500, other + ": " + answer.status() + " " + answer.body());
      assertFalse(answer.body().contains("Exception"), answer.body());
      assertTrue(
          other == null || answer.body().contains(EXPIRED),
          other + ": asked to open the page again: " + answer.body());
      assertEquals(before, lastRebuild(admin), "no rebuild started with view state " + other);
    }
  }

  @Test
  void aPageFormWithoutItsViewStateChangesNothingAndWithItWorks() throws Exception {
    String cookie = login("kryss-feed");
    Map<String, String> headers = Map.of("Cookie", cookie, "Accept-Language", "en");
    Answer page = RawHttp.send("GET", "/my/events", headers, null);
    assertEquals(200, page.status(), page.body());
    assertFalse(page.body().contains("id=\"feed-address\""), "no calendar feed yet");
    String state = viewState(page);
    assertFalse(state.equals("stateless"), "the page's view state is its form's token");

    assertEquals(403, pressButton("/my/events", cookie, otherPort(), "feed:make", state).status());
    for (String other : new String[] {"stateless", "12345:67890", null}) {
      Answer answer = pressButton("/my/events", cookie, ownOrigin, "feed:make", other);
      assertTrue(answer.status() < 500, other + ": " + answer.status() + " " + answer.body());
      assertTrue(
          other == null || answer.body().contains(EXPIRED),
          other + ": asked to open the page again: " + answer.body());
      Answer after = RawHttp.send("GET", "/my/events", headers, null);
      assertFalse(
          after.body().contains("id=\"feed-address\""), "no feed made with view state " + other);
    }
    Answer own = pressButton("/my/events", cookie, ownOrigin, "feed:make", state);
    assertTrue(own.status() < 400, own.status() + " " + own.body());
    Answer after = RawHttp.send("GET", "/my/events", headers, null);
    assertTrue(after.body().contains("id=\"feed-address\""), "the page's own post works");
  }

  @Test
  void anAnonymousWriteIs401BeforeItsInputIsCheckedOrItsTargetLookedUp() throws Exception {
    Map<String, String> json = Map.of("Content-Type", "application/json", "Accept-Language", "en");
    Answer invalid = RawHttp.send("POST", "/api/practices", json, "{\"title\":\"\"}");
    assertEquals(401, invalid.status(), invalid.body());
    assertTrue(
        invalid.header("WWW-Authenticate").startsWith("Session"), invalid.headers().toString());
    Answer broken = RawHttp.send("POST", "/api/practices", json, "{not json");
    assertEquals(401, broken.status(), broken.body());

    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("kryss-editor", "Kryss Redaktør", org.slug(), "editor", null),
            Accounts.PASSWORD);
    String draft = PracticeBuilder.practice(org.slug(), "Kryss utkast").draft(editor);
    Answer onDraft = RawHttp.send("PUT", "/api/practices/" + draft, json, "{}");
    assertEquals(
        401, onDraft.status(), "a draft is not told from a missing practice: " + onDraft.body());
    Answer onNothing = RawHttp.send("PUT", "/api/practices/finnes-ikke-kryss", json, "{}");
    assertEquals(401, onNothing.status(), onNothing.body());
    Answer delete = RawHttp.send("DELETE", "/api/discussions/posts/999999999", Map.of(), null);
    assertEquals(401, delete.status(), delete.body());
  }

  @Test
  void pagesAndAnswersForASessionAreNotStoredAndCarryThePermissionsPolicy() throws Exception {
    Answer anonymous = RawHttp.send("GET", "/api/practices", Map.of(), null);
    assertEquals(200, anonymous.status());
    assertFalse(
        anonymous.header("Cache-Control").contains("no-store"), anonymous.headers().toString());
    assertTrue(
        anonymous.header("Permissions-Policy").contains("camera=()"),
        anonymous.headers().toString());
    assertTrue(
        anonymous.header("Content-Security-Policy").startsWith("default-src 'none'"),
        "JSON is never a page: " + anonymous.headers());

    String cookie = login("kryss-cache");
    for (String path : new String[] {"/api/me", "/api/practices", "/my/profile", "/"}) {
      Answer answer = RawHttp.send("GET", path, Map.of("Cookie", cookie), null);
      assertEquals(200, answer.status(), path + " " + answer.headers());
      assertEquals(List.of("no-store"), answer.all("Cache-Control"), path);
      assertTrue(answer.header("Permissions-Policy").contains("microphone=()"), path);
      assertEquals("", answer.header("Strict-Transport-Security"), "not under plain HTTP");
    }
  }

  @Test
  void underHttpsAtTheProxyTheCookieIsSecureWithOneSameSiteAndHstsIsSent() throws Exception {
    String email = Accounts.person("kryss-https", "Kryss Https", null, null, null);
    Answer login =
        RawHttp.send(
            "POST",
            "/api/session",
            Map.of("Content-Type", "application/json", "X-Forwarded-Proto", "https"),
            "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\"}");
    assertEquals(200, login.status(), login.body());
    String cookie =
        login.all("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    String lower = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(lower.contains("; secure"), cookie);
    assertTrue(lower.contains("httponly"), cookie);
    assertEquals(1, lower.split("samesite", -1).length - 1, "one SameSite: " + cookie);
    assertTrue(lower.contains("samesite=lax"), cookie);
    assertTrue(
        login.header("Strict-Transport-Security").startsWith("max-age="),
        login.headers().toString());

    Answer language = RawHttp.send("GET", "/?lang=nn", Map.of(), null);
    String choice =
        language.all("Set-Cookie").stream()
            .filter(c -> c.startsWith("boforum_lang="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(language.headers().toString()));
    assertEquals(
        1, choice.toLowerCase(java.util.Locale.ROOT).split("samesite", -1).length - 1, choice);

    Answer plain = RawHttp.send("GET", "/login", Map.of(), null);
    assertEquals("", plain.header("Strict-Transport-Security"), "not under plain HTTP");
    for (String set : plain.all("Set-Cookie")) {
      assertFalse(set.toLowerCase(java.util.Locale.ROOT).contains("; secure"), set);
    }
  }
}
