package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events API through HTTP on the packaged WAR: who may create, what a draft shows to whom, the
 * validator's field, and the moves through an event's life with their conflicts.
 */
class EventApiIT {
  static Organisation verified;
  static Organisation unverified;
  static ApiSession host;
  static ApiSession unverifiedEditor;

  @BeforeAll
  static void people() {
    verified = Organisations.verified("Arrangementskommunen");
    unverified = Organisations.unverified("Uverifisert forening");
    host = Accounts.session("event-api-host", verified.slug(), "editor", null);
    unverifiedEditor = Accounts.session("event-api-unverified", unverified.slug(), "editor", null);
  }

  @Test
  void anEditorOfAVerifiedOrganisationCreatesADraftThatOnlyTheHostsSee() {
    ApiSession.Answer created =
        host.post("api/events", EventBuilder.event(verified.slug(), "Utkastforum").body());
    assertEquals(201, created.status(), () -> created.raw().body());
    assertEquals("DRAFT", created.json().path("state").asText());
    String slug = created.json().path("slug").asText();
    assertTrue(
        created.raw().headers().firstValue("Location").orElse("").endsWith("/api/events/" + slug));

    assertEquals(404, ApiSession.anonymous().get("api/events/" + slug).status(), "not public");
    ApiSession.Answer seen = host.get("api/events/" + slug);
    assertEquals(200, seen.status());
    assertEquals("DRAFT", seen.json().path("state").asText());
    assertEquals("Utkastforum", seen.json().path("title").asText());
    assertEquals(verified.slug(), seen.json().path("host").path("slug").asText());
  }

  @Test
  void aCoHostRunsTheEventButCannotTakeItOver() {
    Organisations.Organisation partner = Organisations.verified("Medarrangørlaget");
    ApiSession partnerEditor = Accounts.session("event-api-cohost", partner.slug(), "editor", null);
    LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(5);
    String slug =
        EventBuilder.event(verified.slug(), "Samarbeidsforum " + System.nanoTime())
            .on(day)
            .with("cohosts", List.of(partner.slug()))
            .published(host);
    assertEquals(200, partnerEditor.get("api/events/" + slug + "/participants").status());

    JsonNode editable = partnerEditor.get("api/events/" + slug + "/editable").json();
    Map<String, Object> body = EventBuilder.event(partner.slug(), "Overteke forum").on(day).body();
    body.put("cohosts", List.of(partner.slug()));
    body.put("version", editable.path("version").asLong());
    ApiSession.Answer takeover = partnerEditor.put("api/events/" + slug, body);
    assertEquals(403, takeover.status(), () -> takeover.raw().body());
    assertEquals(
        verified.slug(),
        ApiSession.anonymous().get("api/events/" + slug).json().path("host").path("slug").asText(),
        "the host is still the host");
  }

  @Test
  void onlyHostsOfVerifiedOrganisationsMayCreate() {
    ApiSession.Answer fromUnverified =
        unverifiedEditor.post(
            "api/events", EventBuilder.event(unverified.slug(), "Uverifisert forum").body());
    assertEquals(403, fromUnverified.status(), () -> fromUnverified.raw().body());
    ApiSession.Answer anonymous =
        ApiSession.anonymous()
            .post("api/events", EventBuilder.event(verified.slug(), "Anonymt forum").body());
    assertEquals(401, anonymous.status(), () -> anonymous.raw().body());
  }

  @Test
  void anEndBeforeTheStartIsRefusedByName() {
    Map<String, Object> body = EventBuilder.event(verified.slug(), "Baklengs forum").body();
    body.put("endsAt", LocalDate.now().plusMonths(2).atTime(8, 0).toString());
    ApiSession.Answer refused = host.post("api/events", body);
    assertEquals(400, refused.status(), () -> refused.raw().body());
    assertEquals("endsAt", refused.json().path("field").asText());
    assertFalse(refused.json().path("error").asText().isBlank());
  }

  @Test
  void aPublishedEventIsListedAndAStaleSaveIsRefused() {
    LocalDate day = LocalDate.now().plusMonths(3).withDayOfMonth(12);
    String title = "Publisert forum " + System.nanoTime();
    String slug = EventBuilder.event(verified.slug(), title).on(day).published(host);
    List<String> listed = listedSlugs("month=" + YearMonth.from(day));
    assertTrue(listed.contains(slug), slug + " in " + listed);
    assertEquals(200, ApiSession.anonymous().get("api/events/" + slug).status());

    ApiSession.Answer editable = host.get("api/events/" + slug + "/editable");
    assertEquals(200, editable.status(), () -> editable.raw().body());
    long version = editable.json().path("version").asLong();
    Map<String, Object> body = EventBuilder.event(verified.slug(), title).on(day).body();
    body.put("summary", "Ny omtale.");
    body.put("version", version);
    ApiSession.Answer saved = host.put("api/events/" + slug, body);
    assertEquals(200, saved.status(), () -> saved.raw().body());
    assertTrue(saved.json().path("version").asLong() > version, "a new version");

    body.put("summary", "Enda en omtale, fra en gammel versjon.");
    ApiSession.Answer stale = host.put("api/events/" + slug, body);
    assertEquals(409, stale.status(), () -> stale.raw().body());
    assertEquals("Ny omtale.", host.get("api/events/" + slug).json().path("summary").asText());
  }

  @Test
  void aCancelledEventStaysReadableAndAnEventIsClosedOnlyOnceOver() {
    String slug = EventBuilder.event(verified.slug(), "Forum som blir avlyst").published(host);
    ApiSession.Answer close = move(slug, "CLOSE");
    assertEquals(409, close.status(), () -> close.raw().body());

    ApiSession.Answer cancel = move(slug, "CANCEL");
    assertEquals(200, cancel.status(), () -> cancel.raw().body());
    assertEquals("CANCELLED", cancel.json().path("state").asText());
    ApiSession.Answer read = ApiSession.anonymous().get("api/events/" + slug);
    assertEquals(200, read.status());
    assertEquals("CANCELLED", read.json().path("state").asText());
    assertEquals(409, move(slug, "PUBLISH").status(), "no way back from cancelled");
  }

  @Test
  void aDraftIsDeletedButAPublishedEventIsNot() {
    String draft = EventBuilder.event(verified.slug(), "Forum som blir slettet").draft(host);
    assertEquals(204, host.delete("api/events/" + draft).status());
    assertEquals(404, host.get("api/events/" + draft).status());

    String published =
        EventBuilder.event(verified.slug(), "Forum som blir stående").published(host);
    assertEquals(409, host.delete("api/events/" + published).status());
    assertEquals(200, ApiSession.anonymous().get("api/events/" + published).status());
  }

  @Test
  void readingTheEventPagesCreatesNoSession() {
    LocalDate day = LocalDate.now().plusMonths(4);
    String slug =
        EventBuilder.event(verified.slug(), "Forum for lesarar")
            .with("municipality", "5001")
            .on(day)
            .published(host);
    String only = "county=50&month=" + YearMonth.from(day);
    String[] pages = {
      "events?" + only, "events?past=true&" + only, "events?view=month&" + only, "events/" + slug
    };
    for (String page : pages) {
      HttpResponse<String> response = Http.get(page);
      assertEquals(200, response.statusCode(), page);
      assertEquals(
          !page.contains("past"), response.body().contains("Forum for lesarar"), "listed: " + page);
      assertFalse(
          response.headers().allValues("Set-Cookie").stream()
              .anyMatch(c -> c.startsWith("JSESSIONID")),
          page + " opened a session: " + response.headers().allValues("Set-Cookie"));
    }
    assertEquals(404, Http.get("events/finst-ikkje-" + System.nanoTime()).statusCode());
    assertEquals(404, Http.get("event/event.xhtml?slug=" + slug).statusCode(), "one address");
    assertEquals(404, Http.get("events/" + slug + "/no-such-page").statusCode());
    HttpResponse<String> participants = Http.get("events/" + slug + "/participants");
    assertEquals(302, participants.statusCode(), "the hosts' page asks a visitor to log in");
    assertTrue(
        participants.headers().firstValue("Location").orElse("").contains("/login?next="),
        participants.headers().toString());
    assertEquals(200, Http.get("events/cancel?token=not-a-token").statusCode(), "the mailed link");
  }

  private static ApiSession.Answer move(String slug, String transition) {
    return host.post("api/events/" + slug + "/transitions", Map.of("transition", transition));
  }

  /** The slugs of every page of the public list with {@code query}. */
  private static List<String> listedSlugs(String query) {
    List<String> slugs = new ArrayList<>();
    for (int page = 1; ; page++) {
      ApiSession.Answer a =
          ApiSession.anonymous().get("api/events?size=100&page=" + page + "&" + query);
      assertEquals(200, a.status(), () -> a.raw().body());
      for (JsonNode item : a.json().path("items")) {
        slugs.add(item.path("slug").asText());
      }
      if (a.json().path("items").size() < 100) {
        return slugs;
      }
    }
  }
}
