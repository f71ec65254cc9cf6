package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.EventEditor;
import no.boforum.browser.pages.EventPage;
import no.boforum.browser.pages.EventsPage;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The event pages in a real browser, with an axe scan of each page in bokmål and in nynorsk: an
 * editor of a verified organisation writes an event with two seat groups and an agenda item from
 * the keyboard, is told that the end comes before the start with everything typed kept, saves and
 * publishes it; it is in the calendar, filtered by county, in the month view, on the home page and
 * among the host's events; in nynorsk a save that came too late is refused with the text kept, and
 * the host cancels the event and the calendar says so.
 */
@ExtendWith(BrowserExtension.class)
class EventPagesIT {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static Organisation host;
  private static String hostEmail;
  private static String practiceSlug;
  private static String practiceTitle;

  @BeforeAll
  static void people() {
    host = Organisations.verified("Forumkommunen");
    hostEmail = Accounts.person("arrangor", "Aina Arrangør", host.slug(), "editor", null);
    practiceTitle = "Praksis til forum " + System.nanoTime();
    practiceSlug =
        PracticeBuilder.practice(host.slug(), practiceTitle)
            .published(ApiSession.loggedIn(hostEmail, Accounts.PASSWORD));
  }

  @Test
  void aHostWritesPublishesFindsAndCancelsAnEvent(Browser browser) throws Exception {
    WebDriver driver = browser.driver();
    AccountPages account = new AccountPages(driver);
    EventEditor editor = new EventEditor(driver);
    EventsPage events = new EventsPage(driver);
    EventPage buttons = new EventPage(driver);
    String title = "Nabolagsforum " + System.nanoTime();
    LocalDate day = LocalDate.now(OSLO).plusDays(1);

    // The host writes the event from the keyboard; two seat groups and two agenda items are
    // added by posting the form back, and one item is removed again, nothing typed lost.
    browser.open("login?next=/events/new");
    account.logIn(hostEmail, Accounts.PASSWORD);
    assertEquals("Nytt arrangement", editor.heading());
    browser.assertAccessible();
    editor
        .type("title", title)
        .type("summary", "Kommuner og frivillige deler erfaringer med nabolagsarbeid.")
        .type("description", "Vi deler **erfaringer** fra nabolagene.")
        .type("venueName", "Bergen offentlige bibliotek")
        .type("venueAddress", "Strømgaten 6")
        .chooseValue("municipality", "4601")
        .set("startsAt", day + "T10:00")
        .set("endsAt", day + "T09:00")
        .tick("Tema", "Integrering og nabolag");
    editor.press("addSeatGroup");
    assertEquals(title, editor.value("title"), "kept when a row is added");
    editor.press("addSeatGroup");
    editor
        .type("groups:0:name", "Kommunar")
        .type("groups:0:seats", "20")
        .tick("Setegruppe 1", "Kommune")
        .type("groups:1:name", "Eigne")
        .type("groups:1:seats", "10")
        .tick("Setegruppe 2", "Privatperson")
        .tick("Setegruppe 2", "Brukerrepresentant");
    editor.press("addAgendaItem").press("addAgendaItem");
    editor
        .set("items:0:time", "10:15")
        .type("items:0:title", "Velkommen")
        .type("items:0:speakers", "Aina Arrangør")
        .type("items:0:practices", practiceSlug)
        .type("items:1:title", "Punkt som går ut");
    editor.press("items:1:removeAgendaItem");
    assertTrue(driver.findElements(By.id("edit:items:1:title")).isEmpty(), "the row is gone");
    assertEquals("Velkommen", editor.value("items:0:title"));
    browser.assertAccessible();

    editor.save();
    assertTrue(
        editor.errorBeside("endsAt").contains("Slutten må komme etter starten"), editor.main());
    assertTrue(driver.getCurrentUrl().endsWith("/events/new"), driver.getCurrentUrl());
    assertEquals(title, editor.value("title"), "what was typed is kept");
    assertEquals(day + "T09:00", editor.value("endsAt"));
    assertEquals("Kommunar", editor.value("groups:0:name"));
    assertEquals("10", editor.value("groups:1:seats"));
    assertTrue(editor.ticked("Setegruppe 2", "Brukerrepresentant"));
    assertEquals("Velkommen", editor.value("items:0:title"));
    assertEquals("10:15", editor.value("items:0:time"));
    browser.assertAccessible();

    editor.set("endsAt", day + "T14:00");
    editor.save();
    assertEquals(title, editor.heading());
    String slug = driver.getCurrentUrl().replaceAll(".*/events/", "");
    assertTrue(editor.main().contains("Utkast."), editor.main());
    assertEquals(404, ApiSession.anonymous().get("api/events/" + slug).status(), "a draft");
    browser.assertAccessible();

    // Published, the page shows the agenda, the seat groups by sector and the host's links.
    editor.move("Publiser");
    String page = editor.main();
    assertTrue(page.contains("Arrangementet er publisert."), page);
    assertEquals(200, ApiSession.anonymous().get("api/events/" + slug).status(), "public");
    assertTrue(page.contains("kl. 10:00–14:00"), page);
    assertTrue(page.contains("Strømgaten 6, Bergen (Vestland)"), page);
    assertTrue(page.contains("Brukerrepresentant, Privatperson"), page);
    assertTrue(page.contains("30 i alt"), "the groups' seats summed: " + page);
    WebElement practice = driver.findElement(By.linkText(practiceTitle));
    assertTrue(practice.getAttribute("href").endsWith("/practices/" + practiceSlug));
    WebElement hostLink = driver.findElement(By.linkText(host.name()));
    assertTrue(hostLink.getAttribute("href").endsWith("/organisations/" + host.slug()));
    browser.assertAccessible();

    // The calendar: upcoming first, filtered by county in the address, the month as a table.
    browser.open("events");
    assertEquals("Kommende", events.currentTab());
    String item = events.item(title);
    assertTrue(item.contains("kl. 10:00–14:00") && item.contains("Bergen (Vestland)"), item);
    assertTrue(item.contains("Fysisk møte") && item.contains(host.name()), item);
    browser.assertAccessible();
    events.filter("county", "46");
    assertTrue(driver.getCurrentUrl().contains("county=46"), driver.getCurrentUrl());
    assertTrue(events.titles().contains(title), events.titles().toString());
    browser.assertAccessible();
    events.filter("county", "03");
    assertFalse(events.titles().contains(title), "not in Oslo's list");
    events.follow("Tidligere");
    assertEquals("Tidligere", events.currentTab());
    assertTrue(driver.getCurrentUrl().contains("past=true"), driver.getCurrentUrl());
    assertFalse(events.titles().contains(title), "not among past events");
    browser.assertAccessible();

    YearMonth month = YearMonth.from(day);
    browser.open("events?view=month&month=" + month);
    assertEquals("Månedsoversikt", events.currentTab());
    assertTrue(events.day(day.getDayOfMonth()).contains(title), events.main());
    browser.assertAccessible();
    events.follow("Neste måned");
    assertTrue(driver.getCurrentUrl().contains("month=" + month.plusMonths(1)));
    assertFalse(events.titles().contains(title), "not in the next month");

    // The home page shows the next three events, as the API lists them.
    browser.open("");
    List<String> home = upcomingOnHome(driver);
    JsonNode next = ApiSession.anonymous().get("api/events?size=3").json().path("items");
    List<String> nextTitles = new ArrayList<>();
    next.forEach(e -> nextTitles.add(e.path("title").asText()));
    assertEquals(nextTitles, home);
    if (!home.contains(title)) {
      // Only three events that start no later than this one keep it off the page.
      LocalDateTime start = day.atTime(10, 0);
      next.forEach(
          e ->
              assertFalse(
                  OffsetDateTime.parse(e.path("startsAt").asText())
                      .toLocalDateTime()
                      .isAfter(start),
                  home + " instead of " + title));
    }
    browser.assertAccessible();

    browser.open("my/events");
    String mine = events.main();
    assertTrue(mine.contains(title) && mine.contains("Publisert"), mine);
    assertTrue(
        driver.findElements(By.id("feed-address")).isEmpty(), "no calendar address until asked");
    buttons.pressText("Lag min kalenderadresse");
    String feed = driver.findElement(By.id("feed-address")).getAttribute("value");
    assertTrue(feed.contains("/api/calendar/") && feed.endsWith(".ics"), feed);
    browser.assertAccessible();

    // Nynorsk: every page again, and the host cancels the event.
    browser.open("events/" + slug);
    editor.switchLanguageByKeyboard("Nynorsk", "nn");
    assertTrue(editor.main().contains("Plassar"), editor.main());
    browser.assertAccessible();
    browser.open("events/" + slug + "/edit");
    assertTrue(editor.heading().startsWith("Rediger arrangement"), editor.heading());
    assertEquals("Kommunar", editor.value("groups:0:name"));
    browser.assertAccessible();
    editor.type("summary", "Ei omtale som ein annan kom i forkjøpet.");
    changeMeanwhile(slug);
    editor.save();
    assertTrue(editor.main().contains("Nokon andre har endra arrangementet"), editor.main());
    assertEquals("Ei omtale som ein annan kom i forkjøpet.", editor.value("summary"), "kept");
    browser.assertAccessible();
    browser.open("events/new");
    browser.assertAccessible();
    browser.open("events/" + slug);
    editor.move("Avlys arrangementet");
    assertTrue(editor.main().contains("Arrangementet er avlyst."), editor.main());
    assertTrue(editor.main().contains("Arrangementet blir ikkje halde."), editor.main());
    browser.assertAccessible();
    browser.open("events");
    assertEquals("Komande", events.currentTab());
    assertTrue(events.item(title).contains("Avlyst"), events.item(title));
    browser.assertAccessible();
    events.filter("county", "46");
    assertTrue(events.titles().contains(title));
    browser.assertAccessible();
    events.follow("Tidlegare");
    browser.assertAccessible();
    browser.open("events?view=month&month=" + month);
    assertTrue(events.day(day.getDayOfMonth()).contains(title));
    browser.assertAccessible();
    browser.open("");
    assertTrue(events.main().contains("Komande arrangement"), events.main());
    assertFalse(events.main().contains(title), "a cancelled event is not among the next ones");
    browser.assertAccessible();
    browser.open("my/events");
    assertEquals("Mine arrangement", editor.heading());
    browser.assertAccessible();
    browser.open("events/finst-ikkje-" + System.nanoTime());
    assertEquals("Sida finst ikkje", editor.heading());
    browser.assertAccessible();
  }

  /** Another host saves the event through the API while the editor is open. */
  private static void changeMeanwhile(String slug) {
    ApiSession api = ApiSession.loggedIn(hostEmail, Accounts.PASSWORD);
    JsonNode read = api.get("api/events/" + slug + "/editable").json();
    Map<String, Object> body =
        new ObjectMapper().convertValue(read.path("data"), new TypeReference<>() {});
    Object rules = body.remove("registration");
    body.putAll(
        new ObjectMapper().convertValue(rules, new TypeReference<Map<String, Object>>() {}));
    body.remove("hostOrganisationId");
    body.remove("cohostOrganisationIds");
    body.put("host", host.slug());
    body.put("summary", "Endra av ein annan arrangør.");
    body.put("version", read.path("version").asLong());
    ApiSession.Answer saved = api.put("api/events/" + slug, body);
    assertEquals(200, saved.status(), () -> saved.raw().body());
  }

  private static List<String> upcomingOnHome(WebDriver driver) {
    return driver
        .findElements(
            By.cssSelector("section[aria-labelledby='upcoming-heading'] .event-item__title a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
