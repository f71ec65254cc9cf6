package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.RawHttp;
import no.boforum.testsupport.TestServers;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite (issue 18): payloads from the OWASP cheat sheets ({@code
 * src/test/resources/hostile/}) against every echoed parameter, filter, sort and paging parameter,
 * slug and file name, body and upload the portal takes. For each the expected answer: never a 5xx,
 * never a stack trace, never markup that came from the payload; refusals with a 4xx and a message.
 * A feature adds its pages, parameters and fields to the tables here. What runs in a browser is
 * checked in {@code browser.HostileInBrowserIT}.
 */
class HostileInputIT {
  static final List<String> XSS = payloads("xss.txt");
  static final List<String> INJECTION = payloads("injection.txt");
  static final List<String> TRAVERSAL = payloads("traversal.txt");

  /** Pages and the parameters they echo into the page (a search box, a filter, a hidden field). */
  static final List<String> ECHOED =
      List.of(
          "search?q=",
          "search?theme=",
          "search?q=bostedslose&exact=",
          "practices?sort=",
          "events?county=",
          "discussions?category=",
          "login?next=");

  /** The API's filters, sorts and paging, each of which takes the payload as text or refuses it. */
  static final List<String> FILTERS =
      List.of(
          "api/search?q=",
          "api/search?sort=",
          "api/search?exact=",
          "api/practices?theme=",
          "api/practices?county=",
          "api/practices?page=",
          "api/events?size=",
          "api/discussions?category=",
          "api/matching?kind=",
          "api/practices?sort=",
          "api/practices?size=",
          "api/practices?status=",
          "api/practices?targetGroup=",
          "api/practices?evidenceLevel=",
          "api/practices?actorType=",
          "api/events?from=",
          "api/events?to=",
          "api/events?month=",
          "api/events?past=",
          "api/organisations?q=",
          "api/organisations?verified=",
          // Every list that a harvester asks for what changed since a moment.
          "api/practices?changedSince=",
          "api/events?changedSince=",
          "api/discussions?changedSince=",
          "api/matching?changedSince=",
          "api/organisations?changedSince=");

  /** Addresses that take a slug, an id or a file name from the path. */
  static final List<String> BY_PATH =
      List.of(
          "/practices/",
          "/api/practices/",
          "/events/",
          "/organisations/",
          "/discussions/",
          "/jakarta.faces.resource/",
          "/feeds/");

  private static final String[] LEAKS = {
    "Exception",
    "at no.boforum",
    "at org.",
    "at jakarta.",
    "HTTP Status 500",
    "root:x:0:0",
    "<web-app",
    "[boot loader]"
  };

  private static final HttpClient CLIENT =
      Http.client().connectTimeout(Duration.ofSeconds(5)).build();

  private static Organisation org;
  private static ApiSession editor;

  @BeforeAll
  static void arrange() {
    org = Organisations.verified("Fiendtleg Kommune");
    editor =
        ApiSession.loggedIn(
            Accounts.person("hostile-suite", "Hostil Redaktør", org.slug(), "editor", null),
            Accounts.PASSWORD);
  }

  static List<String> payloads(String file) {
    try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/" + file)) {
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("# ")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Never a server error or a trace of the server's insides. */
  static void assertNoLeak(String where, int status, String body) {
    assertTrue(status < 500, where + " answered " + status + ":\n" + body);
    for (String leak : LEAKS) {
      assertFalse(body.contains(leak), where + " shows \"" + leak + "\":\n" + body);
    }
  }

  private static HttpResponse<String> get(String pathAndQuery, String accept) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + pathAndQuery))
              .header("Accept", accept)
              .header("Accept-Language", "en")
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encoded(String payload) {
    return URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> anEchoedParameterIsShownAsText() {
    return ECHOED.stream()
        .flatMap(
            page ->
                XSS.stream()
                    .map(
                        payload ->
                            dynamicTest(
                                page + payload,
                                () -> {
                                  HttpResponse<String> answer =
                                      get(page + encoded(payload), "text/html");
                                  assertNoLeak(page, answer.statusCode(), answer.body());
                                  EventHostileInputIT.assertInert(page + payload, answer.body());
                                })));
  }

  @TestFactory
  Stream<DynamicTest> aFilterSortOrPageTakesQuerySyntaxAsTextOrRefusesIt() {
    return FILTERS.stream()
        .flatMap(
            filter ->
                INJECTION.stream()
                    .map(
                        payload ->
                            dynamicTest(
                                filter + payload,
                                () -> {
                                  HttpResponse<String> answer =
                                      get(filter + encoded(payload), "application/json");
                                  int status = answer.statusCode();
                                  assertNoLeak(filter, status, answer.body());
                                  assertTrue(
                                      status == 200 || status == 400,
                                      filter + payload + " answered " + status);
                                  if (status == 400) {
                                    assertTrue(
                                        answer.body().contains("\"error\""),
                                        "a refusal says why: " + answer.body());
                                  }
                                })));
  }

  @TestFactory
  Stream<DynamicTest> aTraversalInAPathFindsNothing() {
    return BY_PATH.stream()
        .flatMap(
            prefix ->
                TRAVERSAL.stream()
                    .map(
                        payload ->
                            dynamicTest(
                                prefix + payload,
                                () -> {
                                  RawHttp.Answer answer =
                                      RawHttp.send(
                                          "GET",
                                          prefix + payload,
                                          Map.of("Accept-Language", "en"),
                                          null);
                                  assertNoLeak(prefix + payload, answer.status(), answer.body());
                                  assertTrue(
                                      answer.status() == 400
                                          || answer.status() == 404
                                          || answer.status() / 100 == 3,
                                      prefix + payload + " answered " + answer.status());
                                })));
  }

  /** Bodies no client should send: each is refused with a 4xx, never read as something else. */
  static Map<String, byte[]> malformedBodies() {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("empty", new byte[0]);
    bodies.put("not JSON", "title=x&summary=y".getBytes(StandardCharsets.UTF_8));
    bodies.put("truncated JSON", "{\"title\":\"x".getBytes(StandardCharsets.UTF_8));
    bodies.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
    bodies.put("a list instead of an object", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
    bodies.put("a number for a text", "{\"title\":12345}".getBytes(StandardCharsets.UTF_8));
    bodies.put("an object for a list", "{\"themes\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8));
    bodies.put("a huge number", "{\"size\":1e99999}".getBytes(StandardCharsets.UTF_8));
    bodies.put("deep nesting", ("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "3 MB of text",
        ("{\"title\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "bytes that are not UTF-8",
        new byte[] {
          '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
        });
    bodies.put("a UTF-16 byte order mark", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
    bodies.put(
        "20 000 partners",
        ("{\"partners\":[" + "\"x\",".repeat(20_000) + "\"x\"]}").getBytes(StandardCharsets.UTF_8));
    return bodies;
  }

  @TestFactory
  Stream<DynamicTest> aMalformedBodyIsRefusedWithA4xx() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String target : List.of("api/practices", "api/events", "api/discussions")) {
      malformedBodies()
          .forEach(
              (name, bytes) ->
                  tests.add(
                      dynamicTest(
                          "POST " + target + ": " + name,
                          () -> {
                            Answer answer =
                                editor.postBytes(target, "application/json", bytes, "x");
                            assertNoLeak(target + " " + name, answer.status(), answer.raw().body());
                            assertEquals(4, answer.status() / 100, name + ": " + answer.status());
                          })));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> storedTextInEveryPracticeFieldIsShownAsText() {
    List<String> sample = XSS.subList(0, 24);
    return sample.stream()
        .map(
            payload ->
                dynamicTest(
                    "a practice of " + payload,
                    () -> {
                      String slug =
                          PracticeBuilder.practice(org.slug(), "Hostil " + payload)
                              .with("summary", "Samandrag " + payload)
                              .with("body", payload + "\n\n[lenke](javascript:alert(1)) " + payload)
                              .with("evidenceNote", payload)
                              .with("outcomes", payload)
                              .with("note", payload)
                              .draft(editor);
                      for (String page :
                          List.of(
                              "practices/" + slug,
                              "practices/" + slug + "/edit",
                              "practices/" + slug + "/history")) {
                        HttpResponse<String> shown = editor.page(page);
                        assertNoLeak(page, shown.statusCode(), shown.body());
                        EventHostileInputIT.assertInert(page, shown.body());
                      }
                      Answer api = editor.get("api/practices/" + slug);
                      assertEquals(200, api.status());
                      assertFalse(
                          api.raw()
                              .headers()
                              .firstValue("Content-Type")
                              .orElse("")
                              .contains("html"),
                          "JSON is never served as HTML");
                    }));
  }

  /** The payload's marker shows on the page, so that an inert page is not one that lacks it. */
  private static void assertShownAsText(String where, String marker, HttpResponse<String> page) {
    assertNoLeak(where, page.statusCode(), page.body());
    assertTrue(page.body().contains(marker), where + " shows the text " + marker);
    EventHostileInputIT.assertInert(where, page.body());
  }

  /**
   * Stored text outside practices: an organisation's name and description, a person's display name,
   * a saved search's name and an adoption's note, on every page that shows them. Either kept and
   * shown as text, or refused with a message.
   */
  @TestFactory
  Stream<DynamicTest> storedTextOfOrganisationsPeopleSearchesAndAdoptionsIsShownAsText() {
    ApiSession admin = Accounts.admin();
    String personEmail = Accounts.person("hostile-name", "Hostil Person", null, null, null);
    ApiSession person = ApiSession.loggedIn(personEmail, Accounts.PASSWORD);
    Organisation owner = Organisations.verified("Hostil eigar");
    ApiSession ownerEditor = Accounts.session("hostile-owner", owner.slug(), "editor", null);
    List<DynamicTest> tests = new ArrayList<>();
    for (String payload : XSS.subList(0, 12)) {
      tests.add(
          dynamicTest(
              "an organisation named " + payload,
              () -> {
                String marker = PracticeBuilder.uniqueWord("orgmerke");
                Answer made =
                    editor.post(
                        "api/organisations",
                        Map.of(
                            "name",
                            "Hostil " + marker + " " + payload,
                            "actorType",
                            "ideell-organisasjon",
                            "municipality",
                            "4601",
                            "description",
                            "Skildring " + marker + " " + payload));
                assertNoLeak(payload, made.status(), made.raw().body());
                assertEquals(201, made.status(), made.raw().body());
                String slug = made.json().path("slug").asText();
                assertShownAsText("its page", marker, editor.page("organisations/" + slug));
                assertShownAsText(
                    "its editor", marker, editor.page("organisations/" + slug + "/edit"));
                assertShownAsText("my organisations", marker, editor.page("my/organisations"));
              }));
      tests.add(
          dynamicTest(
              "a display name of " + payload,
              () -> {
                String marker = PracticeBuilder.uniqueWord("namnemerke");
                Answer renamed =
                    person.put(
                        "api/me",
                        Map.of("displayName", "Namn " + marker + " " + payload, "language", "en"));
                assertNoLeak(payload, renamed.status(), renamed.raw().body());
                assertEquals(200, renamed.status(), renamed.raw().body());
                assertShownAsText("the profile", marker, person.page("my/profile"));
                assertShownAsText(
                    "the administrators' list of people",
                    marker,
                    admin.page("admin/users?q=" + encoded(personEmail)));
              }));
      tests.add(
          dynamicTest(
              "a saved search named " + payload,
              () -> {
                String marker = PracticeBuilder.uniqueWord("sokmerke");
                Answer saved =
                    person.post(
                        "api/saved-searches",
                        Map.of("name", marker + " " + payload, "queryString", "q=" + marker));
                assertNoLeak(payload, saved.status(), saved.raw().body());
                assertEquals(201, saved.status(), saved.raw().body());
                assertShownAsText("my saved searches", marker, person.page("my/searches"));
                assertEquals(
                    204,
                    person
                        .delete("api/saved-searches/" + saved.json().path("id").asText())
                        .status(),
                    "room for the next");
              }));
      tests.add(
          dynamicTest(
              "an adoption noted " + payload,
              () -> {
                String marker = PracticeBuilder.uniqueWord("bruksmerke");
                String practice =
                    PracticeBuilder.practice(owner.slug(), "Teken i bruk " + marker)
                        .published(ownerEditor);
                Answer adopted =
                    editor.post(
                        "api/practices/" + practice + "/adoptions",
                        Map.of(
                            "organisation",
                            org.slug(),
                            "municipality",
                            "4601",
                            "status",
                            "running",
                            "note",
                            "Merknad " + marker + " " + payload));
                assertNoLeak(payload, adopted.status(), adopted.raw().body());
                assertEquals(201, adopted.status(), adopted.raw().body());
                assertShownAsText(
                    "the practice's spread", marker, editor.page("practices/" + practice));
              }));
    }
    return tests.stream();
  }

  /**
   * A forum's closing findings, each a payload, on the forum's page and on the form of a need made
   * from a finding, where a municipality's editor sees it.
   */
  @TestFactory
  Stream<DynamicTest> closingFindingsAreShownAsText() {
    Organisation hostOrg = Organisations.verified("Hostil forumvert");
    ApiSession host = Accounts.session("hostile-closer", hostOrg.slug(), "editor", null);
    EventBuilder forum = EventBuilder.event(hostOrg.slug(), "Hostilt forum " + System.nanoTime());
    String slug = forum.published(host);
    long version = host.get("api/events/" + slug + "/editable").json().path("version").asLong();
    Answer moved =
        host.put(
            "api/events/" + slug,
            forum.on(java.time.LocalDate.now().minusDays(1)).with("version", version).body());
    assertEquals(200, moved.status(), moved.raw().body());
    List<String> sample = XSS.subList(0, 12);
    String marker = PracticeBuilder.uniqueWord("funnmerke");
    List<Map<String, Object>> findings = new ArrayList<>();
    for (String payload : sample) {
      findings.add(Map.of("kind", "MUNICIPALITIES_WANT", "text", "Funn " + marker + " " + payload));
    }
    Answer closed =
        host.post(
            "api/events/" + slug + "/closing",
            Map.of("report", "Rapport " + marker + " " + sample.get(0), "findings", findings));
    assertNoLeak("closing", closed.status(), closed.raw().body());
    assertEquals(200, closed.status(), closed.raw().body());
    ApiSession municipal =
        Accounts.session(
            "hostile-kommune", Organisations.municipality("Hostil kommune").slug(), "editor", null);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        dynamicTest(
            "the forum's page",
            () -> {
              assertShownAsText(
                  "the forum for anyone", marker, ApiSession.anonymous().page("events/" + slug));
              assertShownAsText("the forum for its host", marker, host.page("events/" + slug));
            }));
    for (JsonNode finding :
        ApiSession.anonymous().get("api/events/" + slug + "/report").json().path("findings")) {
      tests.add(
          dynamicTest(
              "a need from the finding " + finding.path("text").asText(),
              () ->
                  assertShownAsText(
                      "the form from a finding",
                      marker,
                      municipal.page(
                          "matching/new?side=need&fromFinding=" + finding.path("id").asLong()))));
    }
    assertEquals(sample.size() + 1, tests.size(), "every finding is in the report");
    return tests.stream();
  }

  /** Generated PDFs that are hostile in the ways the OWASP File Upload cheat sheet names. */
  static Map<String, byte[]> hostileFiles() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("an HTML page named .pdf", "<html><script>alert(1)</script></html>".getBytes());
    files.put("a PDF header and nothing else", "%PDF-1.7\n".getBytes());
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      AccessPermission none = new AccessPermission();
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", none);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      files.put("an encrypted PDF", bytes(doc));
    }
    byte[] whole;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      whole = bytes(doc);
    }
    files.put(
        "a bomb: a few kilobytes that unpack into 6 million characters",
        PracticeCatalogueIT.bomb(100_000, "BT /F1 1 Tf (" + "A".repeat(64) + ") Tj ET\n"));
    // PDFBox rebuilds a file cut in half from what is left; the first 64 bytes it cannot.
    files.put("the first 64 bytes of a PDF", java.util.Arrays.copyOf(whole, 64));
    return files;
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @TestFactory
  Stream<DynamicTest> aHostileFileIsRefusedWithAMessageAndAScriptInAPdfIsOnlyEverDownloaded()
      throws IOException {
    String slug = PracticeBuilder.practice(org.slug(), "Hostile vedlegg").draft(editor);
    List<DynamicTest> tests = new ArrayList<>();
    hostileFiles()
        .forEach(
            (name, bytes) ->
                tests.add(
                    dynamicTest(
                        name,
                        () -> {
                          Answer answer =
                              editor.postBytes(
                                  "api/practices/" + slug + "/attachments?title=x",
                                  "application/pdf",
                                  bytes,
                                  "rapport.pdf");
                          assertNoLeak(name, answer.status(), answer.raw().body());
                          assertEquals(400, answer.status(), name + ": " + answer.raw().body());
                          assertFalse(answer.error() == null || answer.error().isBlank(), name);
                        })));
    tests.add(
        dynamicTest(
            "a PDF that runs JavaScript when opened, under a name that climbs out",
            () -> {
              byte[] script;
              try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"));
                script = bytes(doc);
              }
              Answer answer =
                  editor.postBytes(
                      "api/practices/" + slug + "/attachments?title=%3Cscript%3E",
                      "application/pdf",
                      script,
                      "../../../../etc/\"passwd\";x=\"1.pdf");
              assertNoLeak("a JavaScript PDF", answer.status(), answer.raw().body());
              assertEquals(201, answer.status(), answer.raw().body());
              String fileName = answer.json().path("fileName").asText();
              assertTrue(
                  Pattern.matches("[a-z0-9-]+\\.pdf", fileName), "a name of its own: " + fileName);
              HttpResponse<String> file =
                  editor.visit(
                      TestServers.baseUrl() + answer.json().path("path").asText().substring(1));
              assertEquals(200, file.statusCode());
              String disposition = file.headers().firstValue("Content-Disposition").orElse("");
              assertEquals(
                  "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
              assertTrue(
                  Pattern.matches("attachment; filename=\"[a-z0-9-]+\\.pdf\"", disposition),
                  "nothing of the name's quotes or parameters: " + disposition);
            }));
    return tests.stream();
  }

  /** State-changing addresses a page of another origin might aim a logged-in browser at. */
  @TestFactory
  Stream<DynamicTest> aWriteFromAnotherOriginIsRefused() throws IOException {
    String cookie = editorCookie();
    URI base = URI.create(TestServers.baseUrl());
    List<String> origins =
        List.of(
            base.getScheme() + "://" + base.getHost() + ":" + (base.getPort() + 1),
            "http://evil." + base.getHost() + ".nip.io:" + base.getPort(),
            "null",
            "https://" + base.getHost() + ":" + base.getPort());
    List<String[]> writes =
        List.of(
            new String[] {"POST", "/api/organisations/" + org.slug() + "/join-requests"},
            new String[] {"POST", "/api/practices"},
            new String[] {"POST", "/api/admin/search-index/rebuild"},
            new String[] {"DELETE", "/api/session"},
            new String[] {"POST", "/logout"},
            // Page forms: one's events, refusing a member, the index rebuild, and a practice's
            // page (where a review is confirmed), refused before the practice is looked up.
            new String[] {"POST", "/my/events"},
            new String[] {"POST", "/my/organisations"},
            new String[] {"POST", "/admin/search-index"},
            new String[] {"POST", "/practices/hostile-review"},
            new String[] {"POST", "/my/notifications"},
            new String[] {"PUT", "/api/me/password"});
    List<DynamicTest> tests = new ArrayList<>();
    for (String origin : origins) {
      for (String[] write : writes) {
        tests.add(
            dynamicTest(
                write[0] + " " + write[1] + " from " + origin,
                () -> {
                  // The content type each endpoint takes, so that only the origin is wrong.
                  boolean api = write[1].startsWith("/api/");
                  RawHttp.Answer answer =
                      RawHttp.send(
                          write[0],
                          write[1],
                          Map.of(
                              "Cookie",
                              cookie,
                              "Origin",
                              origin,
                              "Content-Type",
                              api ? "application/json" : "application/x-www-form-urlencoded",
                              "Accept-Language",
                              "en"),
                          write[0].equals("DELETE") ? null : api ? "{}" : "");
                  assertEquals(403, answer.status(), answer.body());
                  assertTrue(answer.body().contains("another site"), answer.body());
                  assertNoLeak(write[1], answer.status(), answer.body());
                }));
      }
    }
    tests.add(
        dynamicTest(
            "the session survived every attempt",
            () ->
                assertEquals(
                    200, RawHttp.send("GET", "/api/me", Map.of("Cookie", cookie), null).status())));
    return tests.stream();
  }

  private static String editorCookie() throws IOException {
    return RawHttp.login(
        Accounts.person("hostile-csrf", "Hostil Økt", org.slug(), "editor", null),
        Accounts.PASSWORD);
  }
}
