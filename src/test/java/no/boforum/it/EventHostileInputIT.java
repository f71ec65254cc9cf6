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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A start tag with its attributes; quoted values may hold anything but their quote. */
  static final Pattern TAG =
      Pattern.compile(
          "<([a-zA-Z][\\w:-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");

  static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s=>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

  /**
   * No element of the page came from the hostile text: no script or image the text wrote, no
   * event-handler attribute and no javascript: address in any tag. Escaped text (in an element or
   * in a quoted attribute value) is harmless and allowed.
   */
  static void assertInert(String where, String body) {
    assertFalse(body.contains("<script>alert"), where + " runs a script:\n" + body);
    assertFalse(body.contains("<img src=x"), where + " has an injected image:\n" + body);
    Matcher tag = TAG.matcher(body);
    while (tag.find()) {
      Matcher a = ATTRIBUTE.matcher(tag.group(2));
      while (a.find()) {
        String name = a.group(1).toLowerCase(java.util.Locale.ROOT);
        String value = a.group(2) == null ? "" : a.group(2).toLowerCase(java.util.Locale.ROOT);
        assertFalse(name.startsWith("on"), where + ": an event handler in " + tag.group());
        assertFalse(
            (name.equals("href") || name.equals("src") || name.equals("action"))
                && value.replaceAll("[\"'\\s]", "").startsWith("javascript:"),
            where + ": a javascript: address in " + tag.group());
      }
    }
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
    String feed = anyone.page("feeds/events.atom").body();
    assertTrue(feed.contains("Forum &lt;script&gt;"), "the title in the feed as text:\n" + feed);
    assertInert("the events feed", feed);
    assertFalse(feed.contains("mote.example"), "no join link in the events feed");
    assertInert("the editor", host.page("events/" + slug + "/edit").body());
    assertInert("the participants page", host.page("events/" + slug + "/participants").body());
    assertInert("the check-in page", host.page("events/" + slug + "/check-in").body());
    assertInert("my events", guest.page("my/events").body());
    assertInert("my events (host)", host.page("my/events").body());

    String csv = host.get("api/events/" + slug + "/participants.csv").raw().body();
    assertTrue(csv.contains("'=HYPERLINK"), "a formula is written as text in the CSV:\n" + csv);
  }
}
