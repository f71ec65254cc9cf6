package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A harvester asking each public list what changed since its last visit: records made before are
 * left out, the one changed after is listed; a list with nothing new answers 304. Other classes'
 * records share the database, so only this class's own are looked for, by slug or id.
 */
class HarvestingIT {
  static final List<String> LISTS =
      List.of("practices", "events", "discussions", "matching", "organisations");

  static Organisations.Organisation owner;
  static Organisations.Organisation adopter;
  static ApiSession editor;
  static ApiSession adopterEditor;
  static final ApiSession ANONYMOUS = ApiSession.anonymous();

  @BeforeAll
  static void people() {
    owner = Organisations.verified("Haustekommunen");
    adopter = Organisations.verified("Tek-i-brukkommunen");
    editor = Accounts.session("harvest-editor", owner.slug(), "editor", null);
    adopterEditor = Accounts.session("harvest-adopter", adopter.slug(), "editor", null);
  }

  @Test
  void practicesChangedOrAdoptedSinceAreListedAndTheOthersAreNot() {
    String changed =
        PracticeBuilder.practice(owner.slug(), "Haust endra " + nano()).published(editor);
    String adopted =
        PracticeBuilder.practice(owner.slug(), "Haust teken i bruk " + nano()).published(editor);
    String untouched =
        PracticeBuilder.practice(owner.slug(), "Haust urørt " + nano()).published(editor);
    String since = Instant.now().toString();

    Map<String, Object> change =
        PracticeBuilder.practice(owner.slug(), "Haust endra no " + nano()).body();
    change.put(
        "version", ANONYMOUS.get("api/practices/" + changed).json().path("version").asLong());
    Answer put = editor.put("api/practices/" + changed, change);
    assertEquals(200, put.status(), () -> put.raw().body());
    Answer adoption =
        adopterEditor.post(
            "api/practices/" + adopted + "/adoptions",
            Map.of("organisation", adopter.slug(), "municipality", "4601", "status", "running"));
    assertEquals(201, adoption.status(), () -> adoption.raw().body());

    List<String> listed = field(listedSince("practices", since), "slug");
    assertTrue(listed.contains(changed), changed + " was changed: " + listed);
    assertTrue(listed.contains(adopted), adopted + " was taken up (its spread changed)");
    assertFalse(listed.contains(untouched), untouched + " was not changed");
  }

  @Test
  void eventsChangedSinceAreListedAndTheOthersAreNot() {
    String title = "Haustforum " + nano();
    String changed = EventBuilder.event(owner.slug(), title).published(editor);
    String untouched = EventBuilder.event(owner.slug(), "Urørt forum " + nano()).published(editor);
    String since = Instant.now().toString();

    Map<String, Object> body = EventBuilder.event(owner.slug(), title).body();
    body.put("summary", "Ny omtale av forumet.");
    body.put(
        "version",
        editor.get("api/events/" + changed + "/editable").json().path("version").asLong());
    Answer put = editor.put("api/events/" + changed, body);
    assertEquals(200, put.status(), () -> put.raw().body());

    List<String> listed = field(listedSince("events", since), "slug");
    assertTrue(listed.contains(changed), changed + " was changed: " + listed);
    assertFalse(listed.contains(untouched), untouched + " was not changed");
  }

  @Test
  void threadsWithNewRepliesAreListedAndTheOthersAreNot() {
    long answered =
        DiscussionApiIT.start(editor, DiscussionApiIT.question("Haustspørsmål " + nano()));
    long quiet =
        DiscussionApiIT.start(editor, DiscussionApiIT.question("Stille spørsmål " + nano()));
    String since = Instant.now().toString();

    DiscussionApiIT.reply(adopterEditor, answered, "Vi gjorde det slik: " + nano(), null);

    List<String> listed = field(listedSince("discussions", since), "id");
    assertTrue(listed.contains(String.valueOf(answered)), answered + " got a reply: " + listed);
    assertFalse(listed.contains(String.valueOf(quiet)), quiet + " did not");
  }

  @Test
  void needsChangedSinceAreListedAndTheOthersAreNot() {
    String title = "Haustbehov " + nano();
    long changed = MatchingBuilder.need(owner.slug(), title).posted(editor);
    long untouched = MatchingBuilder.need(owner.slug(), "Urørt behov " + nano()).posted(editor);
    String since = Instant.now().toString();

    Map<String, Object> edit =
        MatchingBuilder.need(owner.slug(), title + " (endra)")
            .with(
                "version", ANONYMOUS.get("api/matching/" + changed).json().path("version").asLong())
            .body();
    Answer put = editor.put("api/matching/" + changed, edit);
    assertEquals(200, put.status(), () -> put.raw().body());

    List<String> listed = field(listedSince("matching", since), "id");
    assertTrue(listed.contains(String.valueOf(changed)), changed + " was changed: " + listed);
    assertFalse(listed.contains(String.valueOf(untouched)), untouched + " was not changed");
  }

  @Test
  void organisationsChangedSinceAreListedAndTheOthersAreNot() {
    Organisations.Organisation changed = Organisations.unverified("Haustlaget");
    Organisations.Organisation untouched = Organisations.unverified("Urørt lag");
    String since = Instant.now().toString();

    JsonNode current = ANONYMOUS.get("api/organisations/" + changed.slug()).json();
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field :
        List.of("name", "orgNumber", "actorType", "county", "municipality", "website")) {
      body.put(field, current.path(field).asText(null));
    }
    body.put("description", "Ny omtale av laget.");
    body.put("version", current.path("version").asLong());
    Answer put = Accounts.admin().put("api/organisations/" + changed.slug(), body);
    assertEquals(200, put.status(), () -> put.raw().body());

    List<String> listed = field(listedSince("organisations", since), "slug");
    assertTrue(listed.contains(changed.slug()), changed.slug() + " was changed: " + listed);
    assertFalse(listed.contains(untouched.slug()), untouched.slug() + " was not changed");
  }

  @Test
  void aDateWithAnOffsetOrADayWorksAndAnythingElseIsRefusedClearly() {
    for (String list : LISTS) {
      assertEquals(200, ANONYMOUS.get("api/" + list + "?changedSince=2026-03-01").status(), list);
      assertEquals(
          200,
          ANONYMOUS.get("api/" + list + "?changedSince=2026-03-01T13:00:00%2B01:00").status(),
          list);
      Answer bad = ANONYMOUS.get("api/" + list + "?changedSince=yesterday");
      assertEquals(400, bad.status(), list);
      assertEquals("changedSince", bad.json().path("field").asText(), bad.raw().body());
      assertTrue(
          bad.error().contains("2026-03-01T12:00:00Z") && bad.error().contains("yesterday"),
          bad.error());
    }
  }

  @Test
  void aListWithNothingNewSinceTheLastVisitAnswers304() throws Exception {
    PracticeBuilder.practice(owner.slug(), "Noko nytt " + nano()).published(editor);
    Organisations.unverified("Nytt lag");
    String tomorrow = http(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
    String lastYear = http(ZonedDateTime.now(ZoneOffset.UTC).minusYears(1));
    for (String list : LISTS) {
      // A change in the present second is not named yet (another may follow in that second).
      HttpResponse<String> changed =
          Eventually.await(
              list + " names its last change",
              () -> conditional("api/" + list, lastYear),
              r -> r.headers().firstValue("Last-Modified").isPresent());
      assertEquals(200, changed.statusCode(), list + " changed in the last year");
      String lastModified = changed.headers().firstValue("Last-Modified").orElse(null);
      assertTrue(lastModified != null, list + " names its last change");
      HttpResponse<String> notModified = conditional("api/" + list, tomorrow);
      assertEquals(304, notModified.statusCode(), list + ": nothing changed after tomorrow");
      assertEquals("", notModified.body(), "a 304 has no body");
      assertEquals(
          412,
          conditional("api/" + list, "If-Unmodified-Since", lastYear).statusCode(),
          list + ": changed since last year, so not unmodified (and no server error)");
      assertEquals(
          200,
          conditional("api/" + list, "If-Modified-Since", "not a date").statusCode(),
          list + ": a date it cannot read is no condition");
    }
    // Nothing else changes organisations meanwhile: their own Last-Modified is not modified.
    String organisations =
        conditional("api/organisations", lastYear).headers().firstValue("Last-Modified").get();
    assertEquals(304, conditional("api/organisations", organisations).statusCode());
    Organisations.unverified("Enda eit lag");
    assertEquals(
        200,
        conditional("api/organisations", organisations).statusCode(),
        "a new organisation is news");
  }

  private static String nano() {
    return String.valueOf(System.nanoTime());
  }

  private static String http(ZonedDateTime time) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
  }

  /** Every page of a list with {@code changedSince}. */
  private static List<JsonNode> listedSince(String list, String since) {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 1; page < 100; page++) {
      Answer a = ANONYMOUS.get("api/" + list + "?size=100&page=" + page + "&changedSince=" + since);
      assertEquals(200, a.status(), () -> a.raw().body());
      a.json().path("items").forEach(items::add);
      if (a.json().path("items").size() < 100) {
        return items;
      }
    }
    throw new AssertionError("more than 10,000 changed " + list);
  }

  private static List<String> field(List<JsonNode> items, String name) {
    return items.stream().map(i -> i.path(name).asText()).toList();
  }

  private static HttpResponse<String> conditional(String path, String ifModifiedSince) {
    return conditional(path, "If-Modified-Since", ifModifiedSince);
  }

  private static HttpResponse<String> conditional(String path, String header, String value) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
            .header(header, value)
            .timeout(Duration.ofMinutes(3))
            .build();
    try {
      return Http.client().build().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
