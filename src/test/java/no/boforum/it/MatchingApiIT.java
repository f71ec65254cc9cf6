package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Needs and offers through the API: the owner's editors post, change and move them; a member, the
 * editor of another organisation and a visitor are refused; everyone reads the public fields.
 */
class MatchingApiIT {
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** What the API may say of a need or an offer (a field without a value is left out). */
  static final List<String> PUBLIC_FIELDS =
      List.of(
          "id",
          "path",
          "side",
          "state",
          "title",
          "body",
          "organisation",
          "organisationActorType",
          "targetGroups",
          "themes",
          "municipalities",
          "county",
          "counties",
          "neededBy",
          "actorTypes",
          "funding",
          "procurementRoutes",
          "capacity",
          "practices",
          "expiresOn",
          "createdAt",
          "updatedAt",
          "version",
          "confirmedAt",
          "confirmBy",
          "adoption",
          "fromFinding");

  static Organisations.Organisation municipality;
  static Organisations.Organisation ngo;
  static ApiSession editor;
  static ApiSession member;
  static ApiSession otherEditor;

  @BeforeAll
  static void people() {
    municipality = Organisations.verified("Behovskommune");
    ngo = Organisations.verified("Tilbudslaget");
    editor = Accounts.session("match-editor", municipality.slug(), "editor", null);
    member = Accounts.session("match-member", municipality.slug(), "member", null);
    otherEditor = Accounts.session("match-other", ngo.slug(), "editor", null);
  }

  @Test
  void theOwnersEditorsPostChangeAndMoveANeed() {
    String title = "Følgje opp nybusette " + System.nanoTime();
    long id = MatchingBuilder.need(municipality.slug(), title).posted(editor);

    JsonNode read = ApiSession.anonymous().get("api/matching/" + id).json();
    assertEquals(title, read.path("title").asText());
    assertEquals("NEED", read.path("side").asText());
    assertEquals("OPEN", read.path("state").asText());
    assertEquals(municipality.slug(), read.path("organisation").path("slug").asText());
    assertEquals(List.of("46"), strings(read.path("counties")));
    assertEquals(List.of("flyktninger"), strings(read.path("targetGroups")));
    assertTrue(
        read.path("path").asText().startsWith("matching/" + id + "-folgje-opp-nybusette-"),
        read.path("path").asText());
    TreeSet<String> fields = fieldNames(read);
    assertTrue(PUBLIC_FIELDS.containsAll(fields), () -> "only the public fields, not " + fields);
    assertTrue(
        fields.containsAll(List.of("organisation", "body", "expiresOn", "neededBy")),
        fields::toString);

    Map<String, Object> edit =
        MatchingBuilder.need(municipality.slug(), title + " (endra)")
            .with("version", read.path("version").asLong())
            .body();
    Answer changed = editor.put("api/matching/" + id, edit);
    assertEquals(200, changed.status(), () -> changed.raw().body());
    assertEquals(title + " (endra)", changed.json().path("title").asText());
    Answer stale = editor.put("api/matching/" + id, edit);
    assertEquals(409, stale.status(), "the version read before the change is stale");
    Map<String, Object> again =
        MatchingBuilder.need(municipality.slug(), title + " (endra att)")
            .with("version", changed.json().path("version").asLong())
            .body();
    Answer second = editor.put("api/matching/" + id, again);
    assertEquals(
        200,
        second.status(),
        () -> "the version a change answers is current: " + second.raw().body());

    Answer notAsRead =
        editor.post(
            "api/matching/" + id + "/state", Map.of("state", "WITHDRAWN", "from", "MATCHED"));
    assertEquals(409, notAsRead.status(), "a move from a state it is not in any more is refused");
    String from = "OPEN";
    for (String state : List.of("IN_DIALOGUE", "MATCHED", "DONE")) {
      Answer moved =
          editor.post("api/matching/" + id + "/state", Map.of("state", state, "from", from));
      from = state;
      assertEquals(200, moved.status(), () -> moved.raw().body());
      assertEquals(state, moved.json().path("state").asText());
    }
    Answer back = editor.post("api/matching/" + id + "/state", Map.of("state", "OPEN"));
    assertEquals(409, back.status(), "a done need is not opened again");
    Answer expire = editor.post("api/matching/" + id + "/state", Map.of("state", "EXPIRED"));
    assertEquals(409, expire.status(), "expiry comes by date, not by hand");
  }

  @Test
  void othersAreRefusedAndVisitorsReadOnly() {
    Map<String, Object> need =
        MatchingBuilder.need(municipality.slug(), "Nekta " + System.nanoTime()).body();
    assertEquals(401, ApiSession.anonymous().post("api/matching", need).status());
    assertEquals(403, member.post("api/matching", need).status());
    assertEquals(403, otherEditor.post("api/matching", need).status());

    long id = MatchingBuilder.need(municipality.slug(), "Eiga " + System.nanoTime()).posted(editor);
    Map<String, Object> edit = new java.util.HashMap<>(need);
    edit.put("version", 0);
    assertEquals(403, otherEditor.put("api/matching/" + id, edit).status());
    assertEquals(403, member.put("api/matching/" + id, edit).status());
    assertEquals(401, ApiSession.anonymous().put("api/matching/" + id, edit).status());
    Map<String, String> withdraw = Map.of("state", "WITHDRAWN");
    assertEquals(403, otherEditor.post("api/matching/" + id + "/state", withdraw).status());
    assertEquals(
        401, ApiSession.anonymous().post("api/matching/" + id + "/state", withdraw).status());
    assertEquals(
        "OPEN", ApiSession.anonymous().get("api/matching/" + id).json().path("state").asText());
    assertEquals(404, ApiSession.anonymous().get("api/matching/999999999").status());
  }

  @Test
  void inputIsCheckedFieldByField() {
    String org = municipality.slug();
    assertRefused(MatchingBuilder.need(org, " ").body(), "title");
    assertRefused(
        MatchingBuilder.need(org, "Ukjend").with("targetGroups", List.of("ingen-slik")).body(),
        "targetGroups");
    assertRefused(
        MatchingBuilder.need(org, "Gammal")
            .with("expiresOn", LocalDate.now().minusDays(1).toString())
            .body(),
        "expiresOn");
    assertRefused(
        MatchingBuilder.need(org, "Langt fram")
            .with("expiresOn", LocalDate.now().plusYears(2).toString())
            .body(),
        "expiresOn");
    assertRefused(MatchingBuilder.need(org, "Dato").with("neededBy", "snart").body(), "neededBy");
    assertRefused(MatchingBuilder.need(org, "Side").with("side", "KANSKJE").body(), "side");
    assertRefused(MatchingBuilder.need(org, "Stad").with("county", "46").body(), "county");
    assertRefused(
        MatchingBuilder.offer(ngo.slug(), "Praksis")
            .with("practices", List.of("ingen-slik-praksis"))
            .body(),
        "practices");
    String openapi = Http.get("openapi").body();
    assertTrue(openapi.contains("/api/matching/{id}/state"), "in the OpenAPI document");
  }

  private static void assertRefused(Map<String, Object> body, String field) {
    ApiSession poster = field.equals("practices") ? otherEditor : editor;
    Answer refused = poster.post("api/matching", body);
    assertEquals(400, refused.status(), () -> refused.raw().body());
    assertEquals(field, refused.json().path("field").asText(), () -> refused.raw().body());
  }

  @Test
  void anOfferBuildsOnPracticesAndTheBoardFiltersBySideStateAndCode() {
    String practice =
        PracticeBuilder.practice(ngo.slug(), "Bomentor " + System.nanoTime())
            .published(otherEditor);
    String word = PracticeBuilder.uniqueWord("tilbod");
    long offer =
        MatchingBuilder.offer(ngo.slug(), "Tilbod " + word)
            .with("practices", List.of(practice))
            .with("targetGroups", List.of("loslatte"))
            .with("county", "03")
            .posted(otherEditor);
    JsonNode read = ApiSession.anonymous().get("api/matching/" + offer).json();
    assertEquals(practice, read.path("practices").path(0).path("slug").asText());
    assertEquals("Fem husstander i måneden", read.path("capacity").asText());

    assertTrue(listed("side=offer&targetGroup=loslatte&county=03").contains(offer));
    assertTrue(
        listed("side=offer&targetGroup=loslatte&actorType=ideell-organisasjon").contains(offer));
    assertTrue(!listed("side=need&targetGroup=loslatte").contains(offer), "a need filter");
    assertTrue(!listed("targetGroup=loslatte&county=46").contains(offer), "another county");

    assertEquals(
        200,
        otherEditor
            .post("api/matching/" + offer + "/state", Map.of("state", "WITHDRAWN"))
            .status());
    assertTrue(!listed("targetGroup=loslatte").contains(offer), "withdrawn leaves the board");
    assertTrue(listed("targetGroup=loslatte&state=withdrawn").contains(offer));
    assertTrue(listed("targetGroup=loslatte&state=all").contains(offer));
    assertEquals(400, ApiSession.anonymous().get("api/matching?side=kanskje").status());
    assertEquals(400, ApiSession.anonymous().get("api/matching?sort=tilfeldig").status());
    for (String code : List.of("county=%25", "county=4_", "targetGroup=ingen", "theme=%25")) {
      Answer refused = ApiSession.anonymous().get("api/matching?" + code);
      assertEquals(400, refused.status(), () -> code + ": " + refused.raw().body());
    }
    assertEquals(
        200,
        ApiSession.anonymous().page("matching?county=%25").statusCode(),
        "the page leaves out a code it does not know");
  }

  @Test
  void theOwnersEditorsConfirmThatAPostingStillStands() {
    long id =
        MatchingBuilder.need(municipality.slug(), "Stadfest " + System.nanoTime()).posted(editor);
    JsonNode posted = ApiSession.anonymous().get("api/matching/" + id).json();
    LocalDateTime first = LocalDateTime.parse(posted.path("confirmedAt").asText());
    assertEquals(
        first
            .atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(OSLO)
            .toLocalDate()
            .plusWeeks(6)
            .toString(),
        posted.path("confirmBy").asText(),
        "six weeks from posting, as a date in Norway");
    long soon =
        MatchingBuilder.need(municipality.slug(), "Snart ute " + System.nanoTime())
            .with("expiresOn", LocalDate.now(OSLO).plusDays(10).toString())
            .posted(editor);
    assertTrue(
        ApiSession.anonymous().get("api/matching/" + soon).json().path("confirmBy").isMissingNode(),
        "no confirmation deadline when the expiry date comes first");

    assertEquals(
        401, ApiSession.anonymous().post("api/matching/" + id + "/confirm", null).status());
    assertEquals(403, member.post("api/matching/" + id + "/confirm", null).status());
    assertEquals(403, otherEditor.post("api/matching/" + id + "/confirm", null).status());
    Answer confirmed = editor.post("api/matching/" + id + "/confirm", null);
    assertEquals(200, confirmed.status(), () -> confirmed.raw().body());
    LocalDateTime again = LocalDateTime.parse(confirmed.json().path("confirmedAt").asText());
    assertTrue(again.isAfter(first), first + " then " + again);
    JsonNode reread = ApiSession.anonymous().get("api/matching/" + id).json();
    assertTrue(LocalDateTime.parse(reread.path("confirmedAt").asText()).isAfter(first), "kept");

    editor.post("api/matching/" + id + "/state", Map.of("state", "WITHDRAWN"));
    Answer closed = editor.post("api/matching/" + id + "/confirm", null);
    assertEquals(409, closed.status(), "only a current posting is confirmed");
    assertTrue(
        ApiSession.anonymous().get("api/matching/" + id).json().path("confirmBy").isMissingNode(),
        "a closed posting has no deadline");
    assertEquals(404, editor.post("api/matching/999999999/confirm", null).status());
  }

  @Test
  void aDoneNeedOfAMunicipalityBecomesItsAdoptionOfThePracticeOnce() {
    Organisations.Organisation kommune = Organisations.municipality("Adopsjonskommune");
    ApiSession kommuneEditor = Accounts.session("adopt-editor", kommune.slug(), "editor", null);
    ApiSession kommuneMember = Accounts.session("adopt-member", kommune.slug(), "member", null);
    String practice =
        PracticeBuilder.practice(ngo.slug(), "Bustadvenn " + System.nanoTime())
            .published(otherEditor);
    long need =
        MatchingBuilder.need(kommune.slug(), "Venner til nye leigetakarar " + System.nanoTime())
            .posted(kommuneEditor);
    String path = "api/matching/" + need + "/adoption";
    Map<String, String> body = Map.of("practice", practice);
    assertEquals(409, kommuneEditor.post(path, body).status(), "not done yet");

    for (String state : List.of("IN_DIALOGUE", "MATCHED", "DONE")) {
      assertEquals(
          200,
          kommuneEditor.post("api/matching/" + need + "/state", Map.of("state", state)).status());
    }
    assertEquals(401, ApiSession.anonymous().post(path, body).status());
    assertEquals(403, kommuneMember.post(path, body).status());
    assertEquals(403, otherEditor.post(path, body).status(), "the other side does not record it");
    Answer unknown = kommuneEditor.post(path, Map.of("practice", "ingen-slik-praksis"));
    assertEquals(400, unknown.status(), () -> unknown.raw().body());
    assertEquals("practice", unknown.json().path("field").asText());

    Answer recorded = kommuneEditor.post(path, body);
    assertEquals(200, recorded.status(), () -> recorded.raw().body());
    assertEquals(practice, recorded.json().path("adoption").path("slug").asText());
    JsonNode spread = ApiSession.anonymous().get("api/practices/" + practice).json();
    List<String> adopters = new ArrayList<>();
    spread
        .path("adoptions")
        .forEach(a -> adopters.add(a.path("organisation").path("slug").asText()));
    assertEquals(List.of(kommune.slug()), adopters, spread.toString());
    assertEquals(1, spread.path("spread").asInt(), "it counts in the spread");
    assertEquals(
        practice,
        ApiSession.anonymous()
            .get("api/matching/" + need)
            .json()
            .path("adoption")
            .path("slug")
            .asText());

    Answer twice = kommuneEditor.post(path, body);
    assertEquals(409, twice.status(), "recorded once: " + twice.raw().body());
    assertEquals(
        1, ApiSession.anonymous().get("api/practices/" + practice).json().path("adoptions").size());
  }

  @Test
  void onlyAMunicipalityRecordsAnAdoption() {
    long need =
        MatchingBuilder.need(ngo.slug(), "Ikkje kommune " + System.nanoTime()).posted(otherEditor);
    for (String state : List.of("MATCHED", "DONE")) {
      otherEditor.post("api/matching/" + need + "/state", Map.of("state", state));
    }
    String practice =
        PracticeBuilder.practice(ngo.slug(), "Eigen praksis " + System.nanoTime())
            .published(otherEditor);
    Answer refused =
        otherEditor.post("api/matching/" + need + "/adoption", Map.of("practice", practice));
    assertEquals(409, refused.status(), () -> refused.raw().body());
  }

  private static List<Long> listed(String query) {
    Answer a = ApiSession.anonymous().get("api/matching?size=100&" + query);
    assertEquals(200, a.status(), () -> a.raw().body());
    List<Long> ids = new ArrayList<>();
    a.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static TreeSet<String> fieldNames(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
