package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Mailbox.Mail;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calendars over HTTP, parsed back with biweekly as a calendar program would: times across both
 * changes of summer time, a stable UID with a rising SEQUENCE, cancellation, the public feed by
 * county and theme, the personal feed behind a secret address (only my events; renewal and a
 * deleted account end the old address), and the .ics in the mails that give a seat.
 */
class EventCalendarIT {
  static final String JOIN = "https://mote.example/kalender-rom";
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static Organisations.Organisation org;
  static ApiSession host;

  @BeforeAll
  static void host() {
    org = Organisations.verified("Kalender kommune");
    host =
        ApiSession.loggedIn(
            Accounts.person("cal-host", "Kari Kalender", org.slug(), "editor", null),
            Accounts.PASSWORD);
  }

  static Map<String, Object> inPerson(
      String title, LocalDateTime start, LocalDateTime end, String municipality, String theme) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", title);
    e.put("summary", "Eit forum for kalendertesten.");
    e.put("description", "Berre for testen.");
    e.put("language", "nn");
    e.put("format", "IN_PERSON");
    e.put("venueName", "Grieghallen");
    e.put("venueAddress", "Edvard Griegs plass 1, Bergen");
    e.put("municipality", municipality);
    e.put("startsAt", start.toString());
    e.put("endsAt", end.toString());
    e.put("capacity", 50);
    e.put("themes", List.of(theme));
    e.put("host", org.slug());
    return e;
  }

  static Map<String, Object> digital(String title, LocalDateTime start, int capacity) {
    return digital(title, start, start.plusHours(2), capacity);
  }

  static Map<String, Object> digital(
      String title, LocalDateTime start, LocalDateTime end, int capacity) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", title);
    e.put("summary", "Eit digitalt forum for kalendertesten.");
    e.put("description", "Berre for testen.");
    e.put("language", "nn");
    e.put("format", "DIGITAL");
    e.put("joinLink", JOIN);
    e.put("startsAt", start.toString());
    e.put("endsAt", end.toString());
    e.put("capacity", capacity);
    e.put("host", org.slug());
    return e;
  }

  static LocalDateTime inDays(int days) {
    return LocalDateTime.now(OSLO).plusDays(days).truncatedTo(ChronoUnit.HOURS);
  }

  static String published(Map<String, Object> event) {
    Answer created = host.post("api/events", event);
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    Answer moved =
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    assertEquals(200, moved.status(), moved.raw().body());
    return slug;
  }

  static ICalendar parse(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("text/calendar") && type.contains("charset=utf-8"), type);
    ICalendar cal = Biweekly.parse(r.body()).first();
    assertEquals("PUBLISH", cal.getMethod().getValue());
    assertTrue(
        cal.getEvents().isEmpty() || r.body().contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo"),
        r.body());
    return cal;
  }

  static ICalendar eventIcs(ApiSession as, String slug) {
    return parse(as.get("api/events/" + slug + "/calendar.ics").raw());
  }

  static VEvent only(ICalendar cal) {
    assertEquals(1, cal.getEvents().size(), cal.write());
    return cal.getEvents().get(0);
  }

  /** The slugs of the feed's events, read from their URLs. */
  static Set<String> slugs(ICalendar cal) {
    return cal.getEvents().stream()
        .map(v -> v.getUrl().getValue().replaceFirst(".*/events/", ""))
        .collect(Collectors.toSet());
  }

  @Test
  void timesAcrossBothChangesOfSummerTimeParseBackToTheirInstants() {
    String autumn =
        published(
            inPerson(
                "Nattforum om hausten",
                LocalDateTime.parse("2027-10-30T22:00"),
                LocalDateTime.parse("2027-10-31T04:00"),
                "4601",
                "bomestring"));
    String spring =
        published(
            digital(
                "Nattforum om våren",
                LocalDateTime.parse("2028-03-25T22:00"),
                LocalDateTime.parse("2028-03-26T04:00"),
                5));
    HttpResponse<String> r =
        ApiSession.anonymous().get("api/events/" + autumn + "/calendar.ics").raw();
    assertEquals(
        "attachment; filename=\"" + autumn + ".ics\"",
        r.headers().firstValue("Content-Disposition").orElse(null));
    VEvent a = only(parse(r));
    assertEquals(Instant.parse("2027-10-30T20:00:00Z"), a.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2027-10-31T03:00:00Z"), a.getDateEnd().getValue().toInstant());
    assertTrue(a.getUid().getValue().matches("event-\\d+@boforum\\.no"), a.getUid().getValue());
    assertEquals("Nattforum om hausten", a.getSummary().getValue());
    assertEquals("Grieghallen, Edvard Griegs plass 1, Bergen", a.getLocation().getValue());
    String page = TestServers.baseUrl() + "events/" + autumn;
    assertEquals(page, a.getUrl().getValue());
    assertEquals("Eit forum for kalendertesten.\n\n" + page, a.getDescription().getValue());
    assertTrue(a.getStatus().isConfirmed());

    HttpResponse<String> s =
        ApiSession.anonymous().get("api/events/" + spring + "/calendar.ics").raw();
    VEvent b = only(parse(s));
    assertEquals(Instant.parse("2028-03-25T21:00:00Z"), b.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2028-03-26T02:00:00Z"), b.getDateEnd().getValue().toInstant());
    assertEquals(
        "Online", b.getLocation().getValue(), "the word for online, in the asker's language");
    assertFalse(s.body().contains("mote.example"), "no join link in a public calendar");

    Answer draft = host.post("api/events", digital("Utkast", inDays(30), 5));
    String draftSlug = draft.json().path("slug").asText();
    assertEquals(
        404, ApiSession.anonymous().get("api/events/" + draftSlug + "/calendar.ics").status());
    assertEquals(
        200, host.get("api/events/" + draftSlug + "/calendar.ics").status(), "its host may");
  }

  @Test
  void aChangeRaisesTheSequenceUnderTheSameUidAndACancellationSaysSo() {
    Map<String, Object> event =
        inPerson("Forum som endrar seg", inDays(40), inDays(40).plusHours(3), "4601", "bomestring");
    String slug = published(event);
    VEvent before = only(eventIcs(ApiSession.anonymous(), slug));

    event.put("title", "Forum som har endra seg");
    event.put("startsAt", inDays(41).toString());
    event.put("endsAt", inDays(41).plusHours(3).toString());
    event.put("version", host.get("api/events/" + slug).json().path("version").asLong());
    Answer saved = host.put("api/events/" + slug, event);
    assertEquals(200, saved.status(), saved.raw().body());
    VEvent after = only(eventIcs(ApiSession.anonymous(), slug));
    assertEquals(before.getUid().getValue(), after.getUid().getValue(), "the same event");
    assertTrue(
        after.getSequence().getValue() > before.getSequence().getValue(),
        before.getSequence().getValue() + " -> " + after.getSequence().getValue());
    assertEquals("Forum som har endra seg", after.getSummary().getValue());
    assertEquals(inDays(41).atZone(OSLO).toInstant(), after.getDateStart().getValue().toInstant());

    Answer cancel =
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "CANCEL"));
    assertEquals(200, cancel.status(), cancel.raw().body());
    HttpResponse<String> r =
        ApiSession.anonymous().get("api/events/" + slug + "/calendar.ics").raw();
    assertTrue(r.body().contains("STATUS:CANCELLED"), r.body());
    VEvent cancelled = only(parse(r));
    assertTrue(cancelled.getStatus().isCancelled());
    assertEquals(after.getUid().getValue(), cancelled.getUid().getValue());
    assertTrue(cancelled.getSequence().getValue() > after.getSequence().getValue());
  }

  @Test
  void theFeedIsFilteredByCountyAndThemeAndKeepsTheLastNinetyDays() {
    String bergen =
        published(
            inPerson("Bergen-forum", inDays(20), inDays(20).plusHours(2), "4601", "bomestring"));
    String housing =
        published(
            inPerson(
                "Housing-forum", inDays(21), inDays(21).plusHours(2), "4602", "housing-first"));
    String oslo =
        published(
            inPerson("Oslo-forum", inDays(22), inDays(22).plusHours(2), "0301", "bomestring"));
    String recent =
        published(
            inPerson("Nyleg forum", inDays(-10), inDays(-10).plusHours(2), "4601", "bomestring"));
    String old =
        published(
            inPerson(
                "Gamalt forum", inDays(-100), inDays(-100).plusHours(2), "4601", "bomestring"));
    String online = published(digital("Nettforum", inDays(23), 5));
    assertEquals(
        200,
        host.post("api/events/" + housing + "/transitions", Map.of("transition", "CANCEL"))
            .status());

    HttpResponse<String> r = ApiSession.anonymous().get("api/events/calendar.ics?county=46").raw();
    ICalendar vestland = parse(r);
    Set<String> found = slugs(vestland);
    assertTrue(found.containsAll(Set.of(bergen, housing, recent)), found.toString());
    assertFalse(found.contains(oslo), "another county");
    assertFalse(found.contains(old), "ended more than 90 days ago");
    assertFalse(found.contains(online), "an event only online is in no county");
    for (String slug : found) {
      String municipality =
          ApiSession.anonymous().get("api/events/" + slug).json().path("municipality").asText();
      assertTrue(municipality.startsWith("46"), slug + " is in " + municipality);
    }
    assertTrue(
        vestland.getExperimentalProperty("X-WR-CALNAME").getValue().startsWith("Boforum: events –"),
        r.body());
    VEvent cancelled =
        vestland.getEvents().stream()
            .filter(v -> v.getUrl().getValue().endsWith("/" + housing))
            .findFirst()
            .orElseThrow();
    assertTrue(cancelled.getStatus().isCancelled(), "a cancelled event stays, marked so");

    ICalendar themed =
        parse(
            ApiSession.anonymous().get("api/events/calendar.ics?county=46&theme=bomestring").raw());
    Set<String> themedSlugs = slugs(themed);
    assertTrue(themedSlugs.contains(bergen), themedSlugs.toString());
    assertFalse(themedSlugs.contains(housing), "another theme");
    for (String slug : themedSlugs) {
      JsonNode e = ApiSession.anonymous().get("api/events/" + slug).json();
      assertTrue(e.path("municipality").asText().startsWith("46"), slug);
      assertTrue(e.path("themes").toString().contains("\"bomestring\""), slug);
    }

    HttpResponse<String> all = ApiSession.anonymous().get("api/events/calendar.ics").raw();
    assertTrue(slugs(parse(all)).containsAll(Set.of(bergen, oslo, online)), all.body());
    assertFalse(all.body().contains("mote.example"), "no join link in the public feed");
  }

  @Test
  void myFeedHoldsMySeatsOnlyAndTheMailsThatGiveASeatCarryTheIcs() {
    String mine = published(digital("Forum med éin plass", inDays(30), 1));
    String other = published(digital("Forum for andre", inDays(31), 5));
    Map<String, Object> yes = Map.of("as", "PRIVATE_PERSON", "acceptTerms", true);

    String anneEmail = Accounts.person("cal-anne", "Anne Kalender", null, null, null);
    ApiSession anne = ApiSession.loggedIn(anneEmail, Accounts.PASSWORD);
    assertEquals(
        "CONFIRMED",
        anne.put("api/events/" + mine + "/registration", yes).json().path("status").asText());
    String carlEmail = Accounts.person("cal-carl", "Carl Kalender", null, null, null);
    ApiSession carl = ApiSession.loggedIn(carlEmail, Accounts.PASSWORD);
    assertEquals(
        "WAITING",
        carl.put("api/events/" + mine + "/registration", yes).json().path("status").asText());
    ApiSession bob = Accounts.session("cal-bob", null, null, null);
    assertEquals(200, bob.put("api/events/" + other + "/registration", yes).status());

    assertEquals(401, ApiSession.anonymous().get("api/me/calendar-feed").status());
    assertEquals(401, ApiSession.anonymous().put("api/me/calendar-feed", null).status());
    assertEquals(
        404, anne.get("api/me/calendar-feed").status(), "asking makes no address; PUT does");
    Answer address = anne.put("api/me/calendar-feed", null);
    assertEquals(200, address.status(), address.raw().body());
    String feed = address.json().path("address").asText();
    assertTrue(
        feed.startsWith(TestServers.baseUrl() + "api/calendar/") && feed.endsWith(".ics"), feed);
    assertTrue(address.json().path("webcal").asText().startsWith("webcal://"));
    assertEquals(
        feed,
        anne.get("api/me/calendar-feed").json().path("address").asText(),
        "the same address when asked again");
    assertEquals(
        feed,
        anne.put("api/me/calendar-feed", null).json().path("address").asText(),
        "making it again keeps it");
    assertEquals(
        feed,
        anne.get("api/me/export").json().path("calendarFeed").path("address").asText(),
        "the address is in download my data");
    String token = feed.replaceFirst(".*/", "").replace(".ics", "");
    assertTrue(token.length() >= 43, "at least 256 bits: " + token);

    HttpResponse<String> anneFeed = ApiSession.anonymous().visit(feed);
    ICalendar anneCal = parse(anneFeed);
    assertEquals(Set.of(mine), slugs(anneCal), "only the event Anne has a seat at");
    assertTrue(
        anneCal.getEvents().get(0).getDescription().getValue().contains(JOIN),
        "a confirmed seat's own feed gives the join link");
    String bobFeed = bob.put("api/me/calendar-feed", null).json().path("address").asText();
    assertEquals(Set.of(other), slugs(parse(ApiSession.anonymous().visit(bobFeed))));
    String carlFeed = carl.put("api/me/calendar-feed", null).json().path("address").asText();
    assertEquals(
        Set.of(), slugs(parse(ApiSession.anonymous().visit(carlFeed))), "waiting is no seat");

    Mail confirmation = TestServers.mailbox().await(anneEmail, 2, Eventually.PATIENCE);
    assertEquals(1, confirmation.attachments().size(), confirmation.toString());
    var ics = confirmation.attachments().get(0);
    assertEquals(mine + ".ics", ics.fileName());
    assertTrue(ics.contentType().toLowerCase().startsWith("text/calendar"), ics.contentType());
    assertTrue(ics.contentType().toLowerCase().contains("method=publish"), ics.contentType());
    VEvent mailed = only(Biweekly.parse(ics.content()).first());
    VEvent published = only(eventIcs(ApiSession.anonymous(), mine));
    assertEquals(published.getUid().getValue(), mailed.getUid().getValue());
    assertEquals(published.getDateStart().getValue(), mailed.getDateStart().getValue());
    assertEquals(published.getSequence().getValue(), mailed.getSequence().getValue());
    Mail waiting = TestServers.mailbox().await(carlEmail, 2, Eventually.PATIENCE);
    assertTrue(waiting.attachments().isEmpty(), "no calendar while waiting");

    assertEquals(204, anne.delete("api/events/" + mine + "/registration").status());
    Mail promoted = TestServers.mailbox().await(carlEmail, 3, Eventually.PATIENCE);
    assertEquals(
        List.of(mine + ".ics"), promoted.attachments().stream().map(a -> a.fileName()).toList());
    assertEquals(
        Set.of(mine),
        slugs(parse(ApiSession.anonymous().visit(carlFeed))),
        "Carl has the seat now");
    assertEquals(Set.of(), slugs(parse(ApiSession.anonymous().visit(feed))), "Anne left");

    Answer renewed = anne.post("api/me/calendar-feed/renewal", null);
    assertEquals(200, renewed.status(), renewed.raw().body());
    String newFeed = renewed.json().path("address").asText();
    assertNotEquals(feed, newFeed);
    assertEquals(
        404, ApiSession.anonymous().visit(feed).statusCode(), "the old address is dead at once");
    assertEquals(200, ApiSession.anonymous().visit(newFeed).statusCode());
    assertEquals(
        404,
        ApiSession.anonymous()
            .visit(TestServers.baseUrl() + "api/calendar/" + token.substring(1) + "A.ics")
            .statusCode());

    assertEquals(204, bob.delete("api/me").status());
    assertEquals(
        404,
        ApiSession.anonymous().visit(bobFeed).statusCode(),
        "a deleted account's feed is gone");
  }

  @Test
  void theCalendarsAreInTheOpenApiDocument() {
    HttpResponse<String> openapi = Http.get("openapi");
    assertEquals(200, openapi.statusCode());
    for (String path :
        List.of(
            "/api/events/calendar.ics",
            "/api/events/{slug}/calendar.ics",
            "/api/calendar/{token}.ics",
            "/api/me/calendar-feed",
            "/api/me/calendar-feed/renewal")) {
      assertTrue(openapi.body().contains(path), "OpenAPI lacks " + path);
    }
  }
}
