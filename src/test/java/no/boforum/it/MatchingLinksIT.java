package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.Test;

/**
 * Needs and offers tied to the rest of the portal, through HTTP: a forum's finding of what
 * municipalities want becomes a need in one step, and a practice's page lists the open offers that
 * build on it.
 */
class MatchingLinksIT {
  static final String WANT = "Kommunane vil ha frivillige som folgjer opp unge i eigen bustad";

  @Test
  void aFindingOfWhatMunicipalitiesWantBecomesANeedThatNamesTheForum() {
    Forum closed = closedForum("Forum om unge " + System.nanoTime(), WANT);
    String slug = closed.slug();
    long want = closed.want();
    long idea = closed.idea();

    Organisations.Organisation kommune = Organisations.municipality("Unge-kommune");
    ApiSession editor = Accounts.session("finding-editor", kommune.slug(), "editor", null);
    String eventPage = editor.page("events/" + slug).body();
    assertTrue(eventPage.contains("fromFinding=" + want + "\""), "the link for the editor");
    assertFalse(eventPage.contains("fromFinding=" + idea + "\""), "an idea is no need");
    assertFalse(
        ApiSession.anonymous().page("events/" + slug).body().contains("fromFinding="),
        "nobody to post for, no link");

    String form = editor.page("matching/new?side=need&fromFinding=" + want).body();
    assertTrue(form.contains("value=\"" + WANT + "\""), "the title from the finding: " + form);
    assertTrue(form.contains("/events/" + slug + "\""), "the forum named");

    Map<String, Object> need =
        MatchingBuilder.need(kommune.slug(), WANT).with("fromFinding", want).body();
    Answer posted = editor.post("api/matching", need);
    assertEquals(201, posted.status(), posted.raw().body());
    JsonNode read = ApiSession.anonymous().get("api/matching/" + posted.json().path("id")).json();
    assertEquals(slug, read.path("fromFinding").path("eventSlug").asText(), read.toString());
    String page = ApiSession.anonymous().page(read.path("path").asText()).body();
    assertTrue(page.contains("id=\"from-finding\""), "the page names the forum");
    assertTrue(page.contains("/events/" + slug + "\""));

    Answer again = editor.post("api/matching", new LinkedHashMap<>(need));
    assertEquals(201, again.status(), "the same finding may become several needs");
    need.put("fromFinding", idea);
    Answer refused = editor.post("api/matching", need);
    assertEquals(400, refused.status(), refused.raw().body());
    assertEquals("fromFinding", refused.json().path("field").asText());
  }

  @Test
  void aPracticePageListsTheOpenOffersThatBuildOnItAndNoWithdrawnOne() {
    Organisations.Organisation ngo = Organisations.verified("Praksistilbydar");
    ApiSession editor = Accounts.session("offer-editor", ngo.slug(), "editor", null);
    String practice =
        PracticeBuilder.practice(ngo.slug(), "Bustadlos til bustad " + System.nanoTime())
            .published(editor);
    long open =
        MatchingBuilder.offer(ngo.slug(), "Ope tilbod " + System.nanoTime())
            .with("practices", List.of(practice))
            .posted(editor);
    long withdrawn =
        MatchingBuilder.offer(ngo.slug(), "Trekt tilbod " + System.nanoTime())
            .with("practices", List.of(practice))
            .posted(editor);
    long unrelated = MatchingBuilder.offer(ngo.slug(), "Anna tilbod").posted(editor);
    assertEquals(
        200,
        editor.post("api/matching/" + withdrawn + "/state", Map.of("state", "WITHDRAWN")).status());

    String page = ApiSession.anonymous().page("practices/" + practice).body();
    assertTrue(page.contains("id=\"section-offers\""), "the section of offers");
    assertTrue(page.contains("/matching/" + open + "-"), "the open offer, linked");
    assertFalse(page.contains("/matching/" + withdrawn + "-"), "not the withdrawn one");
    assertFalse(page.contains("/matching/" + unrelated + "-"), "not one on another practice");
    assertTrue(page.contains(ngo.name()), "with its organisation");
  }

  /** A forum that took place yesterday, closed with a finding of each kind named. */
  record Forum(String slug, long want, long idea) {}

  static Forum closedForum(String title, String want) {
    Organisations.Organisation hostOrg = Organisations.verified("Forumvert");
    ApiSession host = Accounts.session("finding-host", hostOrg.slug(), "editor", null);
    EventBuilder forum = EventBuilder.event(hostOrg.slug(), title);
    String slug = forum.published(host);
    long version = host.get("api/events/" + slug + "/editable").json().path("version").asLong();
    Map<String, Object> past =
        forum.on(LocalDate.now().minusDays(1)).with("version", version).body();
    assertEquals(200, host.put("api/events/" + slug, past).status());
    Answer closed =
        host.post(
            "api/events/" + slug + "/closing",
            Map.of(
                "report",
                "Godt oppmøte.",
                "findings",
                List.of(finding("MUNICIPALITIES_WANT", want), finding("IDEA", "Ein felles pott"))));
    assertEquals(200, closed.status(), closed.raw().body());
    JsonNode findings = ApiSession.anonymous().get("api/events/" + slug + "/report").json();
    return new Forum(
        slug,
        findings.path("findings").get(0).path("id").asLong(),
        findings.path("findings").get(1).path("id").asLong());
  }

  private static Map<String, Object> finding(String kind, String text) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("kind", kind);
    f.put("text", text);
    return f;
  }
}
