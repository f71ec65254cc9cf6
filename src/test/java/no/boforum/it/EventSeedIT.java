package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The seed events of content/events as anyone sees them after start-up: the upcoming examples in
 * the calendar, the Husbanken project's innovation forum among the past ones with its findings, and
 * the practice that a finding links naming the forum. This test is about the seed files themselves,
 * so it names them.
 */
class EventSeedIT {
  static final String FORUM = "innovasjonsforum-innovasjon-i-boligsosialt-arbeid";
  static final String LINKED_PRACTICE = "prosjekt-bostedslose";
  static final String DIGITAL = "nettmote-reserverte-kontrakter";
  static final String NYNORSK = "nettverksmote-sma-kommunar-sogn";
  static final String SEATED = "innovasjonsforum-innlandet";
  static final ApiSession ANONYMOUS = ApiSession.anonymous();

  private static Map<String, JsonNode> bySlug(String path) {
    Answer a = ANONYMOUS.get(path);
    assertEquals(200, a.status(), a.raw().body());
    Map<String, JsonNode> items = new HashMap<>();
    a.json().path("items").forEach(i -> items.put(i.path("slug").asText(), i));
    return items;
  }

  private static JsonNode event(String slug) {
    Answer a = ANONYMOUS.get("api/events/" + slug);
    assertEquals(200, a.status(), slug + ": " + a.raw().body());
    return a.json();
  }

  @Test
  void theCalendarListsTheExamplesByTheirTimeAndNotTheClosedForum() {
    Map<String, JsonNode> upcoming = bySlug("api/events?size=100");
    Map<String, JsonNode> past = bySlug("api/events?past=true&size=100");
    // The examples have fixed dates: each is upcoming until it ends, then among the past ones.
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
    Map<String, JsonNode> listed = new HashMap<>();
    for (String slug : List.of(DIGITAL, NYNORSK, SEATED)) {
      boolean over =
          OffsetDateTime.parse(event(slug).path("endsAt").asText()).toLocalDateTime().isBefore(now);
      JsonNode e = (over ? past : upcoming).get(slug);
      assertTrue(
          e != null,
          slug
              + (over ? " past, among " + past.keySet() : " upcoming, among " + upcoming.keySet()));
      assertFalse((over ? upcoming : past).containsKey(slug), slug + " in one list only");
      assertEquals("PUBLISHED", e.path("state").asText(), slug);
      assertTrue(e.path("illustrative").asBoolean(), slug + " is marked as an example");
      assertTrue(e.path("title").asText().contains("(eksempel)"), e.path("title").asText());
      assertTrue(e.path("host").path("illustrative").asBoolean(), slug + ": an example host");
      listed.put(slug, e);
    }
    assertFalse(upcoming.containsKey(FORUM), "the forum is over");
    assertEquals(
        Set.of("34", "46"),
        Set.of(
            listed.get(SEATED).path("municipality").asText().substring(0, 2),
            listed.get(NYNORSK).path("municipality").asText().substring(0, 2)),
        "in different counties");
  }

  @Test
  void theExamplesShowEachFormatAndBothWrittenStandards() {
    JsonNode digital = event(DIGITAL);
    assertEquals("DIGITAL", digital.path("format").asText());
    assertTrue(
        digital.path("joinLink").isMissingNode() || digital.path("joinLink").isNull(),
        "the join link is for participants only: " + digital);

    JsonNode nynorsk = event(NYNORSK);
    assertEquals("nn", nynorsk.path("language").asText());
    assertEquals("HYBRID", nynorsk.path("format").asText());

    JsonNode seated = event(SEATED);
    assertEquals("IN_PERSON", seated.path("format").asText());
    Set<String> sectors = new HashSet<>();
    seated.path("seatGroups").forEach(g -> g.path("sectors").forEach(s -> sectors.add(s.asText())));
    assertEquals(4, seated.path("seatGroups").size(), seated.path("seatGroups").toString());
    assertTrue(
        sectors.containsAll(
            Set.of("kommune", "ideell-organisasjon", "sosial-entreprenor", "brukerrepresentant")),
        sectors.toString());
    Set<String> linked = new HashSet<>();
    seated
        .path("agenda")
        .forEach(i -> i.path("practices").forEach(p -> linked.add(p.path("slug").asText())));
    assertTrue(linked.contains("leie-til-eie-barnefamilier"), linked.toString());
  }

  @Test
  void thePastEventsHoldTheClosedForumHostedByHusbanken() {
    JsonNode forum = bySlug("api/events?past=true&size=100").get(FORUM);
    assertTrue(forum != null, "the forum among the past events");
    assertEquals("CLOSED", forum.path("state").asText());
    assertFalse(forum.path("illustrative").asBoolean(), "the forum is from the sources");
    assertEquals("husbanken", forum.path("host").path("slug").asText());
    assertTrue(
        event(FORUM).path("description").asText().contains("Datoen er ikke kjent"),
        "the placeholder date is said to be one");
  }

  @Test
  void theForumsReportHasItsFindingsWithPracticeLinks() {
    Answer a = ANONYMOUS.get("api/events/" + FORUM + "/report");
    assertEquals(200, a.status(), a.raw().body());
    JsonNode report = a.json();
    assertEquals(0, report.path("attended").asLong(), "the sources give no attendance");
    assertTrue(report.path("report").asText().contains("Hva kildene ikke sier"));
    Set<String> kinds = new HashSet<>();
    JsonNode linkedFinding = null;
    for (JsonNode f : report.path("findings")) {
      kinds.add(f.path("kind").asText());
      for (JsonNode p : f.path("practices")) {
        if (p.path("slug").asText().equals(LINKED_PRACTICE)) {
          linkedFinding = p;
        }
      }
    }
    assertEquals(
        Set.of("MUNICIPALITIES_WANT", "OTHERS_OFFER", "IDEA", "BARRIER"), kinds, report.toString());
    assertTrue(linkedFinding != null, "a finding links " + LINKED_PRACTICE + ": " + report);
    assertTrue(linkedFinding.path("title").asText().startsWith("Prosjekt bostedsløse"));
  }

  @Test
  void theLinkedPracticesPageNamesTheForum() {
    HttpResponse<String> page = ANONYMOUS.page("practices/" + LINKED_PRACTICE);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("events/" + FORUM), "the practice page links the forum");
  }

  @Test
  void theSeedEventsAreSearchable() throws InterruptedException {
    JsonNode found =
        Eventually.await(
            "the seed forum to be found as an event",
            () -> ANONYMOUS.get("api/search?type=event&q=innovasjonsforum").json(),
            // Until the index has it, search may answer from the database (degraded): wait.
            r ->
                !r.path("degraded").asBoolean()
                    && r.path("hits").findValuesAsText("slug").contains(FORUM));
    assertFalse(found.path("degraded").asBoolean(), found.toString());
  }
}
