package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The bulk export as a researcher gets it: an administrator asks for a fresh one, the ZIP opens,
 * every CSV reads with Commons CSV and every JSON file with Jackson, both hold the same public
 * records, and what is private (a draft, a practice's contact person, a participant, a
 * conversation) is nowhere in it.
 */
class OpenDataExportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = Http.client().build();

  @Test
  void theExportHoldsExactlyThePublicRecords() throws Exception {
    long run = System.nanoTime();
    Organisations.Organisation org = Organisations.verified("Opne data kommune " + run);
    Organisations.Organisation helper = Organisations.unverified("Opne data lag " + run);
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("od-editor", "Eli Eksport", org.slug(), "editor", null),
            Accounts.PASSWORD);
    ApiSession helperEditor =
        ApiSession.loggedIn(
            Accounts.person("od-helper", "Hilde Hjelpar", helper.slug(), "editor", null),
            Accounts.PASSWORD);
    long need = MatchingBuilder.need(org.slug(), "Opent behov " + run).posted(editor);
    String secret = "Hemmeleg samtale " + run;
    var talk =
        helperEditor.post(
            "api/matching/" + need + "/conversations",
            Map.of("organisation", helper.slug(), "text", secret));
    assertEquals(201, talk.status(), () -> talk.raw().body());
    String contactEmail = "kontakt-" + run + "@example.org";
    String published =
        PracticeBuilder.practice(org.slug(), "Open praksis " + run)
            .with("targetGroups", List.of("bostedslose", "flyktninger"))
            .with("contact", Map.of("name", "Kari Kontaktperson", "email", contactEmail))
            .with("partners", List.of(helper.slug()))
            .published(editor);
    String draft = PracticeBuilder.practice(org.slug(), "Utkast " + run).draft(editor);
    String formula = "=HYPERLINK(\"https://example.org/" + run + "\")";
    String planted = PracticeBuilder.practice(org.slug(), formula).published(editor);
    long withdrawn = MatchingBuilder.offer(org.slug(), "Trekt tilbod " + run).posted(editor);
    var pulled =
        editor.post(
            "api/matching/" + withdrawn + "/state", Map.of("state", "WITHDRAWN", "from", "OPEN"));
    assertEquals(200, pulled.status(), () -> pulled.raw().body());
    String event = EventBuilder.event(org.slug(), "Open forum " + run).published(editor);
    String participantEmail =
        Accounts.person("od-participant", "Paula Deltakar " + run, null, null, null);
    ApiSession participant = ApiSession.loggedIn(participantEmail, Accounts.PASSWORD);
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("as", "PRIVATE_PERSON");
    registration.put("acceptTerms", true);
    var seated = participant.put("api/events/" + event + "/registration", registration);
    assertEquals(200, seated.status(), () -> seated.raw().body());

    assertEquals(
        403,
        editor.post("api/open-data/builds", Map.of()).status(),
        "an editor does not rebuild the export");
    var asked = Accounts.admin().post("api/open-data/builds", Map.of());
    assertEquals(202, asked.status(), () -> asked.raw().body());
    Instant requested = Instant.parse(asked.json().path("requestedAt").asText());
    JsonNode status =
        Eventually.await(
            "a fresh export",
            () -> ApiSession.anonymous().get("api/open-data").json(),
            s ->
                s.hasNonNull("builtAt")
                    && !Instant.parse(s.path("builtAt").asText()).isBefore(requested)
                    && !s.hasNonNull("requestedAt"));

    // The status and the file of one build (another test may ask for a build in between).
    HttpResponse<byte[]> zip = download(null);
    for (int i = 0;
        i < 3 && !etagOf(status).equals(zip.headers().firstValue("ETag").orElse(""));
        i++) {
      status = ApiSession.anonymous().get("api/open-data").json();
      zip = download(null);
    }
    assertEquals(etagOf(status), zip.headers().firstValue("ETag").orElse(""), "one build");
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        zip.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
        "a download");
    String etag = zip.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, download(etag).statusCode(), "an unchanged export is not fetched twice");
    String lastModified = zip.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(
        304,
        send(base().header("If-Modified-Since", lastModified)).statusCode(),
        "nor one asked for by date");
    Map<String, String> files = unzip(zip.body());
    String readme = files.get("README.md");
    assertNotNull(readme, "a README");
    assertTrue(readme.contains("CC BY 4.0"), "the licence is stated");

    // Every CSV opens with Commons CSV, starts with a byte-order mark (Excel), and every column
    // is described in the README.
    Map<String, List<CSVRecord>> csv = new LinkedHashMap<>();
    for (var f : files.entrySet()) {
      if (f.getKey().endsWith(".csv")) {
        assertTrue(f.getValue().startsWith("\uFEFF"), f.getKey() + " starts with a BOM");
        try (CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(f.getValue().substring(1)))) {
          for (String column : parser.getHeaderNames()) {
            assertTrue(
                readme.contains("| `" + column + "` |"), f.getKey() + ": " + column + " described");
          }
          csv.put(f.getKey(), parser.getRecords());
        }
      }
    }
    for (String kind :
        List.of("practices", "adoptions", "organisations", "events", "needs_and_offers")) {
      assertTrue(csv.containsKey(kind + ".csv"), kind + ".csv");
      JsonNode json = JSON.readTree(files.get(kind + ".json"));
      assertTrue(json.isArray(), kind + ".json is an array");
      assertEquals(csv.get(kind + ".csv").size(), json.size(), kind + ": CSV and JSON agree");
      assertEquals(
          json.size(),
          status.path("records").path(kind).asInt(),
          kind + ": the API tells the count");
    }

    // The published practice, with its classifications in the linked file and in JSON.
    CSVRecord practice = only(csv.get("practices.csv"), "slug", published);
    String practiceId = practice.get("id");
    assertEquals("Open praksis " + run, practice.get("title"));
    assertEquals(idOf(org), practice.get("owner_organisation_id"));
    List<String> groups = new ArrayList<>();
    for (CSVRecord r : csv.get("practices_classifications.csv")) {
      if (r.get("practice_id").equals(practiceId) && r.get("taxonomy").equals("target_group")) {
        groups.add(r.get("code"));
        assertFalse(r.get("label_nn").isBlank(), "labelled in nynorsk");
      }
    }
    assertEquals(List.of("bostedslose", "flyktninger"), groups.stream().sorted().toList());
    JsonNode practiceJson = byId(JSON.readTree(files.get("practices.json")), practiceId);
    assertEquals(published, practiceJson.path("slug").asText());
    assertEquals(3, practiceJson.path("classifications").size(), "two groups and a theme");
    assertEquals("0301", practiceJson.path("places").get(0).path("code").asText());
    assertEquals(
        idOf(helper),
        only(csv.get("practices_partners.csv"), "practice_id", practiceId).get("organisation_id"));
    assertEquals(1, rows(csv.get("organisations.csv"), "slug", org.slug()).size());
    only(csv.get("events.csv"), "slug", event);
    only(csv.get("needs_and_offers.csv"), "id", need + "");

    // A title that a spreadsheet would run is text in CSV, and as written in JSON.
    CSVRecord plantedRow = only(csv.get("practices.csv"), "slug", planted);
    assertEquals("'" + formula, plantedRow.get("title"), "no formula in a spreadsheet");
    assertEquals(
        formula,
        byId(JSON.readTree(files.get("practices.json")), plantedRow.get("id"))
            .path("title")
            .asText());

    // Event times are Oslo's wall clock, told in UTC.
    CSVRecord eventRow = only(csv.get("events.csv"), "slug", event);
    LocalDate day = LocalDate.now().plusMonths(2);
    assertEquals(
        day.atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant().toString(),
        eventRow.get("starts_at"));

    // Nothing private, nothing unpublished, nothing withdrawn.
    assertEquals(
        0, rows(csv.get("needs_and_offers.csv"), "id", withdrawn + "").size(), "no withdrawn");
    assertEquals(0, rows(csv.get("practices.csv"), "slug", draft).size(), "no draft");
    String everything = String.join("\n", files.values());
    assertFalse(everything.contains(contactEmail), "no contact person's address");
    assertFalse(everything.contains("Kari Kontaktperson"), "no contact person");
    assertFalse(everything.contains(participantEmail), "no participant's address");
    assertFalse(everything.contains("Paula Deltakar"), "no participant");
    assertFalse(everything.contains(secret), "no conversation");
    assertFalse(everything.contains("Eli Eksport"), "no editor's name");

    // The page says when it was built and links the download.
    String page = ApiSession.anonymous().page("open-data").body();
    assertTrue(page.contains("/open-data/boforum-open-data.zip"), "the page links the download");
  }

  private static String idOf(Organisations.Organisation o) {
    return ApiSession.anonymous().get("api/organisations/" + o.slug()).json().path("id").asText();
  }

  private static String etagOf(JsonNode status) {
    return "\"" + status.path("sha256").asText() + "\"";
  }

  private static HttpRequest.Builder base() {
    return HttpRequest.newBuilder(
        URI.create(TestServers.baseUrl() + "open-data/boforum-open-data.zip"));
  }

  private static HttpResponse<byte[]> download(String etag) throws Exception {
    HttpRequest.Builder request = base();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    return send(request);
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static List<CSVRecord> rows(List<CSVRecord> records, String column, String value) {
    return records.stream().filter(r -> r.get(column).equals(value)).toList();
  }

  private static CSVRecord only(List<CSVRecord> records, String column, String value) {
    List<CSVRecord> found = rows(records, column, value);
    assertEquals(1, found.size(), column + "=" + value);
    return found.get(0);
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.path("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no record " + id);
  }
}
