package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice catalogue through the API: the workflow for a verified organisation (a municipality
 * such as Oslo kommune, called "oslo" here) and an unverified one (a research institute such as
 * Fafo, fafo), organisation scoping, revisions, adoptions and attachments. Both organisations are
 * new to each run.
 */
class PracticeCatalogueIT {
  static String oslo;
  static String fafo;
  static ApiSession osloEditor;
  static ApiSession osloMember;
  static ApiSession fafoEditor;
  static ApiSession moderator;
  static final ApiSession ANONYMOUS = ApiSession.anonymous();

  @BeforeAll
  static void people() {
    oslo = Organisations.verified("Testkommune").slug();
    fafo = Organisations.unverified("Testinstitutt").slug();
    osloEditor = Accounts.session("oslo-editor", oslo, "editor", null);
    osloMember = Accounts.session("oslo-member", oslo, "member", null);
    fafoEditor = Accounts.session("fafo-editor", fafo, "editor", null);
    moderator = Accounts.session("reviewer", null, null, "MODERATOR");
  }

  static Map<String, Object> practice(String owner, String title) {
    return PracticeBuilder.practice(owner, title).body();
  }

  static String create(ApiSession s, String owner, String title) {
    return PracticeBuilder.practice(owner, title).draft(s);
  }

  static Answer move(ApiSession s, String slug, String transition) {
    return s.post("api/practices/" + slug + "/transitions", Map.of("transition", transition));
  }

  static long version(ApiSession s, String slug) {
    Answer a = s.get("api/practices/" + slug);
    assertEquals(200, a.status(), a.raw().body());
    return a.json().path("version").asLong();
  }

  @Test
  void aVerifiedOrganisationsEditorPublishesDirectlyAndEveryMoveIsChecked() {
    String slug = create(osloEditor, oslo, "Oppfølging i nytt hjem");
    assertEquals(404, ANONYMOUS.get("api/practices/" + slug).status(), "a draft is not public");
    assertEquals(200, osloMember.get("api/practices/" + slug).status(), "members see drafts");
    assertEquals(404, fafoEditor.get("api/practices/" + slug).status(), "others do not");

    Map<String, Object> change = practice(oslo, "Oppfølging i ny bolig");
    change.put("version", version(osloEditor, slug));
    assertEquals(200, osloEditor.put("api/practices/" + slug, change).status());
    Answer stale = osloEditor.put("api/practices/" + slug, change);
    assertEquals(409, stale.status(), "an old version is refused: " + stale.raw().body());

    assertEquals(409, move(osloEditor, slug, "TO_DRAFT").status(), "already a draft");
    assertEquals(403, move(osloMember, slug, "PUBLISH").status(), "members do not publish");
    Answer published = move(osloEditor, slug, "PUBLISH");
    assertEquals("PUBLISHED", published.json().path("state").asText(), published.raw().body());
    assertEquals(200, ANONYMOUS.get("api/practices/" + slug).status());
    assertEquals(409, move(osloEditor, slug, "PUBLISH").status());
    assertEquals(409, move(osloEditor, slug, "SUBMIT").status());

    assertEquals("ARCHIVED", move(osloEditor, slug, "ARCHIVE").json().path("state").asText());
    assertEquals(404, ANONYMOUS.get("api/practices/" + slug).status(), "archived is not public");
    change.put("version", version(osloEditor, slug));
    assertEquals(
        409, osloEditor.put("api/practices/" + slug, change).status(), "archive is read-only");
    assertEquals("DRAFT", move(osloEditor, slug, "TO_DRAFT").json().path("state").asText());
    assertEquals(400, move(osloEditor, slug, "FLY").status());
  }

  @Test
  void anUnverifiedOrganisationsPracticeWaitsForAReviewer() {
    String slug = create(fafoEditor, fafo, "Boveiledning for unge");
    assertEquals(403, move(fafoEditor, slug, "PUBLISH").status(), "unverified: review first");
    assertEquals("SUBMITTED", move(fafoEditor, slug, "SUBMIT").json().path("state").asText());
    assertEquals(403, fafoEditor.get("api/review-queue").status());
    assertTrue(slugs(moderator.get("api/review-queue").json()).contains(slug));
    assertEquals(200, moderator.get("api/practices/" + slug).status(), "reviewers see submissions");

    assertEquals("PUBLISHED", move(moderator, slug, "PUBLISH").json().path("state").asText());
    assertTrue(!slugs(moderator.get("api/review-queue").json()).contains(slug));
    Map<String, Object> change = practice(fafo, "Boveiledning for unge voksne");
    change.put("version", version(fafoEditor, slug));
    assertEquals(
        403, fafoEditor.put("api/practices/" + slug, change).status(), "no edit past review");
    assertEquals("DRAFT", move(fafoEditor, slug, "TO_DRAFT").json().path("state").asText());
    change.put("version", version(fafoEditor, slug));
    assertEquals(200, fafoEditor.put("api/practices/" + slug, change).status());
  }

  @Test
  void theRunningTimeEvidenceAndContactComeBackAsSaved() {
    Map<String, Object> contact =
        Map.of("name", "Kari Kontakt", "role", "Rådgiver", "email", "kari@example.org");
    String slug =
        PracticeBuilder.practice(oslo, "Praksis med alle fakta")
            .with("startedOn", "2020-01-15")
            .with("endedOn", "2024-06-30")
            .with("activityStatus", "ended")
            .with("evidenceNote", "Evaluert av et forskningsmiljø")
            .with("nordicEvidence", true)
            .with("contact", contact)
            .draft(osloEditor);
    JsonNode p = osloEditor.get("api/practices/" + slug).json();
    assertEquals("2020-01-15", p.path("startedOn").asText(), p.toString());
    assertEquals("2024-06-30", p.path("endedOn").asText());
    assertEquals("ended", p.path("activityStatus").asText().toLowerCase());
    assertEquals("idea_pilot", p.path("evidenceLevel").asText());
    assertEquals("Evaluert av et forskningsmiljø", p.path("evidenceNote").asText());
    assertEquals("2027-06-01", p.path("evaluationPlanned").asText());
    assertTrue(p.path("nordicEvidence").asBoolean(), p.toString());
    assertEquals("Kari Kontakt", p.path("contact").path("name").asText());
    assertEquals("Rådgiver", p.path("contact").path("role").asText());
    assertEquals("kari@example.org", p.path("contact").path("email").asText());
    assertNull(p.path("contact").path("phone").asText(null), p.toString());
  }

  @Test
  void linksAreKeptInOrderThroughEdits() {
    Map<String, Object> p = practice(oslo, "Praksis med lenker");
    p.put(
        "links",
        List.of(
            Map.of("url", "https://example.org/a", "label", "A"),
            Map.of("url", "https://example.org/b", "label", "B"),
            Map.of("url", "https://example.org/" + "c".repeat(300), "label", "")));
    Answer created = osloEditor.post("api/practices", p);
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    assertEquals(List.of("A", "B", "https://example.org/" + "c".repeat(180)), labels(slug));

    p.put(
        "links",
        List.of(
            Map.of("url", "https://example.org/b", "label", "B"),
            Map.of("url", "https://example.org/a", "label", "A")));
    p.put("version", version(osloEditor, slug));
    assertEquals(200, osloEditor.put("api/practices/" + slug, p).status());
    assertEquals(List.of("B", "A"), labels(slug), "reordered, the third removed");
  }

  static List<String> labels(String slug) {
    List<String> labels = new ArrayList<>();
    osloEditor
        .get("api/practices/" + slug)
        .json()
        .path("links")
        .forEach(l -> labels.add(l.path("label").asText()));
    return labels;
  }

  @Test
  void organisationsOnlyWriteTheirOwnPractices() {
    assertEquals(401, ANONYMOUS.post("api/practices", practice(fafo, "X")).status());
    assertEquals(403, fafoEditor.post("api/practices", practice(oslo, "X")).status());
    assertEquals(403, osloMember.post("api/practices", practice(oslo, "X")).status());

    String slug = create(osloEditor, oslo, "Bare for Oslo");
    Map<String, Object> change = practice(oslo, "Overtatt");
    change.put("version", version(osloEditor, slug));
    assertEquals(404, fafoEditor.put("api/practices/" + slug, change).status(), "draft is hidden");
    move(osloEditor, slug, "PUBLISH");
    change.put("version", version(osloEditor, slug));
    assertEquals(403, fafoEditor.put("api/practices/" + slug, change).status());
    assertEquals(403, move(fafoEditor, slug, "ARCHIVE").status());
    change.put("owner", fafo);
    Answer moved = osloEditor.put("api/practices/" + slug, change);
    assertEquals(400, moved.status(), "cannot give a practice to another organisation");
    assertEquals("owner", moved.json().path("field").asText());
  }

  @Test
  void badInputNamesTheField() {
    Map<String, Object> p = practice(oslo, "Feil");
    p.put("summary", "x".repeat(301));
    Answer a = osloEditor.post("api/practices", p);
    assertEquals(400, a.status());
    assertEquals("summary", a.json().path("field").asText());
    p = practice(oslo, "Feil");
    p.put("themes", List.of("no-such-theme"));
    assertEquals("themes", osloEditor.post("api/practices", p).json().path("field").asText());
    p = practice(oslo, "Feil");
    p.put("evidenceLevel", "described");
    assertEquals(
        "evaluationPlanned", osloEditor.post("api/practices", p).json().path("field").asText());
  }

  @Test
  void everySaveAndMoveKeepsARevisionAndTheDifferencesShow() {
    String slug = create(osloEditor, oslo, "Revidert praksis");
    Map<String, Object> change = practice(oslo, "Revidert praksis, ny tittel");
    change.put("version", version(osloEditor, slug));
    change.put("note", "Ny tittel");
    change.put("themes", List.of("bomestring", "housing-first"));
    osloEditor.put("api/practices/" + slug, change);
    move(osloEditor, slug, "PUBLISH");
    JsonNode revisions = osloEditor.get("api/practices/" + slug + "/revisions").json();
    assertEquals(3, revisions.size(), revisions.toString());
    assertEquals("PUBLISHED", revisions.get(0).path("state").asText());
    assertEquals("Ny tittel", revisions.get(1).path("note").asText());
    JsonNode diff =
        osloEditor.get("api/practices/" + slug + "/revisions/compare?from=1&to=2").json();
    assertEquals(2, diff.size(), diff.toString());
    assertEquals("title", diff.get(0).path("field").asText());
    assertTrue(diff.get(0).toString().contains("<ins>, ny tittel</ins>"), diff.toString());
    assertEquals("themes", diff.get(1).path("field").asText());
    assertTrue(diff.get(1).toString().contains("Housing First"), "labels, not codes: " + diff);
    assertTrue(
        osloEditor
            .get("api/practices/" + slug + "/revisions/compare?from=1&to=2&language=nn")
            .json()
            .toString()
            .contains("Bumeistring"),
        "in the asked language");
    assertEquals(401, ANONYMOUS.get("api/practices/" + slug + "/revisions").status());
    assertEquals(403, fafoEditor.get("api/practices/" + slug + "/revisions").status());
  }

  @Test
  void organisationsReportTheirAdoptionsAndTheSpreadCounts() {
    String slug = create(osloEditor, oslo, "Praksis som sprer seg");
    move(osloEditor, slug, "PUBLISH");
    Map<String, Object> adoption =
        Map.of("organisation", fafo, "municipality", "4601", "status", "running");
    assertEquals(403, osloEditor.post("api/practices/" + slug + "/adoptions", adoption).status());
    Answer a = fafoEditor.post("api/practices/" + slug + "/adoptions", adoption);
    assertEquals(201, a.status(), a.raw().body());
    assertEquals(409, fafoEditor.post("api/practices/" + slug + "/adoptions", adoption).status());
    JsonNode p = ANONYMOUS.get("api/practices/" + slug).json();
    assertEquals(1, p.path("spread").asInt());
    assertEquals("4601", p.path("adoptions").get(0).path("municipality").asText());
    assertEquals("46", p.path("adoptions").get(0).path("county").asText());

    Map<String, Object> osloToo =
        Map.of("organisation", oslo, "municipality", "4601", "status", "running");
    assertEquals(201, osloEditor.post("api/practices/" + slug + "/adoptions", osloToo).status());
    assertEquals(
        1,
        ANONYMOUS.get("api/practices/" + slug).json().path("spread").asInt(),
        "two organisations in one municipality count once");
    assertEquals(2, ANONYMOUS.get("api/practices/" + slug).json().path("adoptions").size());
    long osloAdoption = -1;
    for (JsonNode ad : ANONYMOUS.get("api/practices/" + slug).json().path("adoptions")) {
      if (ad.path("organisation").path("slug").asText().equals(oslo)) {
        osloAdoption = ad.path("id").asLong();
      }
    }
    assertEquals(403, fafoEditor.delete("api/adoptions/" + osloAdoption).status(), "not theirs");
    assertEquals(204, osloEditor.delete("api/adoptions/" + osloAdoption).status());

    long id = a.json().path("id").asLong();
    Map<String, Object> stopped = new LinkedHashMap<>(adoption);
    stopped.put("status", "stopped");
    stopped.put("version", a.json().path("version").asLong());
    assertEquals(204, fafoEditor.put("api/adoptions/" + id, stopped).status());
    assertEquals(0, ANONYMOUS.get("api/practices/" + slug).json().path("spread").asInt());
  }

  /**
   * Issue 18: adoptions are other organisations' news about a practice, not a change of its text.
   * The owner opens the edit, another organisation reports, changes and removes its adoption, and
   * the owner's save with the version read first still goes through.
   */
  @Test
  void anotherOrganisationsAdoptionDoesNotConflictWithTheOwnersEdit() {
    String slug = create(osloEditor, oslo, "Praksis som blir teken opp medan ho blir endra");
    move(osloEditor, slug, "PUBLISH");
    long opened = version(osloEditor, slug);

    Map<String, Object> adoption =
        Map.of("organisation", fafo, "municipality", "4601", "status", "planning");
    Answer reported = fafoEditor.post("api/practices/" + slug + "/adoptions", adoption);
    assertEquals(201, reported.status(), reported.raw().body());
    assertEquals(opened, version(osloEditor, slug), "reporting an adoption");
    Map<String, Object> running = new LinkedHashMap<>(adoption);
    running.put("status", "running");
    running.put("version", reported.json().path("version").asLong());
    long id = reported.json().path("id").asLong();
    assertEquals(204, fafoEditor.put("api/adoptions/" + id, running).status());
    assertEquals(1, ANONYMOUS.get("api/practices/" + slug).json().path("spread").asInt());
    assertEquals(opened, version(osloEditor, slug), "confirming that it runs");
    Map<String, Object> elsewhere =
        Map.of("organisation", fafo, "municipality", "0301", "status", "running");
    Answer second = fafoEditor.post("api/practices/" + slug + "/adoptions", elsewhere);
    assertEquals(201, second.status(), second.raw().body());
    assertEquals(
        204, moderator.delete("api/adoptions/" + second.json().path("id").asLong()).status());
    assertEquals(opened, version(osloEditor, slug), "removing an adoption");

    Map<String, Object> edit = practice(oslo, "Praksis som vart endra medan ho vart teken opp");
    edit.put("version", opened);
    Answer saved = osloEditor.put("api/practices/" + slug, edit);
    assertEquals(200, saved.status(), saved.raw().body());
    JsonNode after = ANONYMOUS.get("api/practices/" + slug).json();
    assertEquals("Praksis som vart endra medan ho vart teken opp", after.path("title").asText());
    assertEquals(1, after.path("spread").asInt(), "the owner's save keeps the spread");
    assertEquals(1, after.path("adoptions").size());
  }

  @Test
  void theListSortsBySpreadAndFiltersByTheTaxonomies() {
    // Titles in the reverse of the spread order: a list sorted by title instead fails.
    String wide =
        PracticeBuilder.practice(oslo, "Spredning C " + System.nanoTime())
            .with("themes", List.of("housing-first"))
            .with("places", List.of("4601"))
            .published(osloEditor);
    String narrow = PracticeBuilder.practice(oslo, "Spredning B").published(osloEditor);
    String none = PracticeBuilder.practice(oslo, "Spredning A").published(osloEditor);
    adopt(fafoEditor, wide, fafo, "4601");
    adopt(osloEditor, wide, oslo, "0301");
    adopt(fafoEditor, narrow, fafo, "4601");

    List<JsonNode> bySpread = all("sort=spread");
    List<String> order = new ArrayList<>();
    for (int i = 0; i < bySpread.size(); i++) {
      JsonNode item = bySpread.get(i);
      assertTrue(item.path("spread").isInt(), "every item carries its spread: " + item);
      if (i > 0) {
        assertTrue(
            bySpread.get(i - 1).path("spread").asInt() >= item.path("spread").asInt(),
            "descending at " + i + ": " + bySpread.get(i - 1) + " before " + item);
      }
      order.add(item.path("slug").asText());
    }
    assertEquals(
        List.of(wide, narrow, none),
        order.stream().filter(List.of(wide, narrow, none)::contains).toList(),
        "spread 2, 1 and 0 in that order");
    assertEquals(2, spreadOf(bySpread, wide));

    List<JsonNode> housingFirst = all("theme=housing-first");
    Set<String> themed = slugs(housingFirst);
    assertTrue(themed.contains(wide) && !themed.contains(narrow), "the theme narrows: " + themed);
    assertTrue(housingFirst.size() < bySpread.size(), "the filter narrows the whole list");
    List<JsonNode> vestland = all("county=46");
    assertTrue(slugs(vestland).contains(wide), "Bergen is in Vestland");
    assertTrue(!slugs(vestland).contains(narrow), "Oslo is not");
    for (JsonNode item : vestland) {
      assertTrue(
          item.path("places").toString().matches(".*\"46(\\d\\d)?\".*"),
          "placed in Vestland: " + item);
    }
    assertEquals(400, ANONYMOUS.get("api/practices?evidenceLevel=proven").status());
  }

  static void adopt(ApiSession editor, String slug, String organisation, String municipality) {
    Answer a =
        editor.post(
            "api/practices/" + slug + "/adoptions",
            Map.of(
                "organisation", organisation, "municipality", municipality, "status", "running"));
    assertEquals(201, a.status(), a.raw().body());
  }

  static List<JsonNode> all(String query) {
    List<JsonNode> items = PracticeBuilder.listed(query);
    assertTrue(!items.isEmpty(), "nothing listed for " + query);
    return items;
  }

  static int spreadOf(List<JsonNode> items, String slug) {
    return items.stream()
        .filter(i -> i.path("slug").asText().equals(slug))
        .findFirst()
        .orElseThrow()
        .path("spread")
        .asInt();
  }

  @Test
  void attachmentsArePdfsCheckedByContent() throws IOException {
    String slug = create(osloEditor, oslo, "Praksis med rapport");
    String path = "api/practices/" + slug + "/attachments?title=Sluttrapport";
    Answer ok = osloEditor.postBytes(path, "application/pdf", pdf(false), "Sluttrapport 2025.pdf");
    assertEquals(201, ok.status(), ok.raw().body());
    assertEquals(1, ok.json().path("pages").asInt());
    String download = ok.json().path("path").asText();
    assertTrue(download.endsWith("/sluttrapport-2025.pdf"), download);
    var file = osloEditor.visit(ApiSession.anonymous().base() + download.substring(1));
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals(
        404,
        ANONYMOUS.visit(ApiSession.anonymous().base() + download.substring(1)).statusCode(),
        "the draft's file is not public");

    Map<String, byte[]> refused = new LinkedHashMap<>();
    refused.put("fake", "Dette er ikke en PDF, bare tekst.".getBytes());
    refused.put("broken", ("%PDF-1.7\n" + "x".repeat(2000)).getBytes());
    refused.put("encrypted", pdf(true));
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
    refused.put("oversize", huge);
    for (var e : refused.entrySet()) {
      Answer a = osloEditor.postBytes(path, "application/pdf", e.getValue(), e.getKey() + ".pdf");
      assertEquals(400, a.status(), e.getKey() + ": " + a.raw().body());
      assertEquals("file", a.json().path("field").asText(), e.getKey());
    }
    assertEquals(
        404,
        fafoEditor.postBytes(path, "application/pdf", pdf(false), "x.pdf").status(),
        "another organisation's draft does not exist for them");
    assertEquals(1, osloEditor.get("api/practices/" + slug).json().path("attachments").size());
  }

  @Test
  void aFormUploadOverTheContainersLimitGoesBackToThePageWithAMessage() throws Exception {
    String slug = PracticeBuilder.practice(oslo, "Praksis med for stor fil").published(osloEditor);
    byte[] body = new byte[23 * 1024 * 1024];
    String practicePage = ANONYMOUS.base() + "practices/" + slug;
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ANONYMOUS.base() + "practice.xhtml"))
            .header("Content-Type", "multipart/form-data; boundary=grense")
            .header("Referer", practicePage)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    var response =
        no.boforum.testsupport.Http.client()
            .build()
            .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/practices/" + slug + "?upload=tooLarge"),
        response.headers().toString());
    assertTrue(
        osloEditor.page("my/practices?upload=tooLarge").body().contains("20 MB"),
        "the editor's list names the limit when the page cannot be told");
  }

  @Test
  void theTextOfAPublishedPracticesReportIsFound() throws Exception {
    String slug = create(osloEditor, oslo, "Møllebekkmodellen med rapport");
    move(osloEditor, slug, "PUBLISH");
    no.boforum.testsupport.Eventually.await(
        "the published practice to be indexed before its report comes",
        () -> ANONYMOUS.get("api/search?q=m%C3%B8llebekkmodellen").json(),
        r ->
            r.path("total").asInt() > 0
                && r.path("hits").get(0).path("slug").asText().equals(slug));
    String word = "kvernhusmodellen";
    Answer up =
        osloEditor.postBytes(
            "api/practices/" + slug + "/attachments",
            "application/pdf",
            pdf(false, "Evaluering av " + word + " i Oslo"),
            "evaluering.pdf");
    assertEquals(201, up.status(), up.raw().body());
    JsonNode found =
        no.boforum.testsupport.Eventually.await(
            "the report's text to be searchable",
            () -> ANONYMOUS.get("api/search?q=" + word).json(),
            r -> r.path("total").asInt() > 0);
    assertEquals(slug, found.path("hits").get(0).path("slug").asText());
    assertTrue(
        found.path("hits").get(0).path("highlight").asText().contains("<mark>"), found.toString());
  }

  /**
   * Issue 18: a file of a few kilobytes whose one page unpacks into 6.4 million characters is
   * refused with a message that says why, instead of tying up a server thread while all of it is
   * read; a report in the same request path still goes through.
   */
  @Test
  void aPdfWhoseContentUnpacksFarBeyondAReportIsRefusedWithAMessage() throws IOException {
    String slug = create(osloEditor, oslo, "Praksis med PDF-bombe");
    String path = "api/practices/" + slug + "/attachments?title=Bombe";
    byte[] bomb = bomb(100_000, "BT /F1 1 Tf (" + "A".repeat(64) + ") Tj ET\n");
    assertTrue(bomb.length < 64 * 1024, "the bomb is small: " + bomb.length);

    Answer refused = osloEditor.postBytes(path, "application/pdf", bomb, "bombe.pdf");

    assertEquals(400, refused.status(), refused.raw().body());
    assertEquals("file", refused.json().path("field").asText());
    assertTrue(
        refused.json().path("error").asText().contains("too much content when it is unpacked"),
        refused.raw().body());
    assertEquals(0, osloEditor.get("api/practices/" + slug).json().path("attachments").size());
    assertEquals(
        201, osloEditor.postBytes(path, "application/pdf", pdf(false), "rapport.pdf").status());
  }

  /** One page whose Flate-compressed content repeats {@code operators} {@code times}. */
  static byte[] bomb(int times, String operators) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      PDStream content = new PDStream(doc);
      try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] bytes = operators.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < times; i++) {
          stream.write(bytes);
        }
      }
      page.setContents(content);
      doc.addPage(page);
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] pdf(boolean encrypted) throws IOException {
    return pdf(encrypted, "Sluttrapport: bolig for alle");
  }

  static byte[] pdf(boolean encrypted, String line) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText(line);
        text.endText();
      }
      if (encrypted) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("eier", "leser", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static Set<String> slugs(Iterable<JsonNode> items) {
    Set<String> slugs = new HashSet<>();
    items.forEach(i -> slugs.add(i.path("slug").asText()));
    return slugs;
  }
}
