package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Organisations;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every field of an event, a registration and a closing reaches every page that
 * shows it only as text: no script, no event handler, no javascript: link, in the event page, the
 * lists, the hosts' pages, the API's JSON and the participants' CSV.
 */
class EventHostileInputIT {
  static final String SCRIPT = "<script>alert('boforum')</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String HOSTILE = "Ond " + SCRIPT + IMG;

  static void assertInert(String where, String body) {
    assertFalse(body.contains("<script>alert"), where + " runs a script:\n" + body);
    assertFalse(body.contains("<img src=x"), where + " has an injected image:\n" + body);
    assertFalse(body.contains("onerror=alert"), where + " has an event handler:\n" + body);
    assertFalse(body.contains("href=\"javascript:"), where + " has a javascript: link:\n" + body);
  }

  @Test
  void hostileTextIsShownAsText() {
    Organisations.Organisation org = Organisations.verified("Hostil kommune");
    ApiSession host =
        ApiSession.loggedIn(
            Accounts.person("hostile-host", "Vert " + IMG, org.slug(), "editor", null),
            Accounts.PASSWORD);
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(10).truncatedTo(ChronoUnit.HOURS);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", "Forum " + SCRIPT);
    e.put("summary", "Samandrag " + IMG);
    e.put(
        "description", HOSTILE + "\n\n[klikk](javascript:alert(2)) <a href=\"javascript:x\">a</a>");
    e.put("language", "nn");
    e.put("format", "HYBRID");
    e.put("venueName", "Stad " + SCRIPT);
    e.put("venueAddress", "Gate " + IMG);
    e.put("municipality", "4601");
    e.put("joinLink", "https://mote.example/rom");
    e.put("startsAt", start.toString());
    e.put("endsAt", start.plusHours(2).toString());
    e.put(
        "seatGroups",
        List.of(
            Map.of("name", "Gruppe " + SCRIPT, "seats", 5, "sectors", List.of("privatperson"))));
    e.put("terms", "Vilkår " + SCRIPT);
    e.put("askDietary", true);
    e.put("freeQuestion", "Spørsmål " + IMG);
    e.put("contact", Map.of("name", "Kontakt " + SCRIPT, "phone", "123 " + IMG));
    e.put(
        "agenda",
        List.of(
            Map.of(
                "title",
                "Punkt " + SCRIPT,
                "text",
                "Tekst " + IMG,
                "speakers",
                "Talar " + SCRIPT)));
    e.put("host", org.slug());
    Answer created = host.post("api/events", e);
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    assertEquals(
        200,
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH")).status());

    ApiSession guest =
        ApiSession.loggedIn(
            Accounts.person("hostile-guest", "=HYPERLINK(\"x\") " + SCRIPT, null, null, null),
            Accounts.PASSWORD);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("as", "PRIVATE_PERSON");
    r.put("acceptTerms", true);
    r.put("dietaryNeeds", "Mat " + SCRIPT);
    r.put("freeAnswer", "Svar " + IMG);
    Answer registered = guest.put("api/events/" + slug + "/registration", r);
    assertEquals(200, registered.status(), registered.raw().body());

    ApiSession anyone = ApiSession.anonymous();
    assertInert("the event page", anyone.page("events/" + slug).body());
    assertInert("the event page for the registrant", guest.page("events/" + slug).body());
    assertInert("the event page for the host", host.page("events/" + slug).body());
    assertInert("the list", anyone.page("events").body());
    assertInert(
        "the month",
        anyone.page("events?view=month&month=" + start.toString().substring(0, 7)).body());
    assertInert("the home page", anyone.page("").body());
    assertInert("the editor", host.page("events/" + slug + "/edit").body());
    assertInert("the participants page", host.page("events/" + slug + "/participants").body());
    assertInert("the check-in page", host.page("events/" + slug + "/check-in").body());
    assertInert("my events", guest.page("my/events").body());
    assertInert("my events (host)", host.page("my/events").body());

    String csv = host.get("api/events/" + slug + "/participants.csv").raw().body();
    assertTrue(csv.contains("'=HYPERLINK"), "a formula is written as text in the CSV:\n" + csv);
  }
}
