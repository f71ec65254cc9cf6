package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.EventPage;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Mailbox.Mail;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A forum from registration to findings, in a real browser and by keyboard: a host's event with
 * seat groups; Anne registers and has the seat, Bjørn for his municipality and waits; Anne cancels
 * and Bjørn is promoted, and his mail arrives; the host checks him in by his code and closes the
 * forum with a finding, from which Bjørn starts a practice draft for his municipality. An
 * accessibility scan on every page, in bokmål and nynorsk.
 */
@ExtendWith(BrowserExtension.class)
class EventRegistrationJourneyIT {
  static final Duration MAIL = Duration.ofSeconds(30);

  @Test
  void registerWaitPromoteCheckInAndClose(Browser browser) throws Exception {
    Organisations.Organisation hostOrg = Organisations.verified("Reisevert kommune");
    String hostEmail = Accounts.person("journey-host", "Hege Vert", hostOrg.slug(), "editor", null);
    ApiSession host = ApiSession.loggedIn(hostEmail, Accounts.PASSWORD);
    Organisations.Organisation bjornOrg = Organisations.verified("Bjørnevik kommune");
    String anne = Accounts.person("journey-anne", "Anne Reise", null, null, null);
    String bjorn = Accounts.person("journey-bjorn", "Bjørn Reise", bjornOrg.slug(), "editor", null);

    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(15).truncatedTo(ChronoUnit.HOURS);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("title", "Reiseforum " + System.nanoTime());
    event.put("summary", "Eit forum med sete for kvar sektor.");
    event.put("description", "Vi møtest for å dele erfaringar.");
    event.put("language", "nb");
    event.put("format", "IN_PERSON");
    event.put("venueName", "Rådhuset");
    event.put("municipality", "4601");
    event.put("startsAt", start.toString());
    event.put("endsAt", start.plusHours(3).toString());
    event.put(
        "seatGroups",
        List.of(
            Map.of("name", "Privatpersonar", "seats", 1, "sectors", List.of("privatperson")),
            Map.of(
                "name",
                "Organisasjonar",
                "seats",
                1,
                "sectors",
                List.of("ideell-organisasjon", "kommune"))));
    event.put("terms", "Vertane ser namnet ditt på deltakarlista.");
    event.put("host", hostOrg.slug());
    String slug = host.post("api/events", event).json().path("slug").asText();
    assertEquals(
        200,
        host.post("api/events/" + slug + "/transitions", Map.of("transition", "PUBLISH")).status());
    // Someone from an organisation holds its group's only seat, so Bjørn will have to wait.
    String early = Accounts.person("journey-early", "Tidleg Ute", bjornOrg.slug(), "member", null);
    ApiSession earlySession = ApiSession.loggedIn(early, Accounts.PASSWORD);
    assertEquals(
        "CONFIRMED",
        earlySession
            .put(
                "api/events/" + slug + "/registration",
                Map.of("as", "ORGANISATION", "organisation", bjornOrg.slug(), "acceptTerms", true))
            .json()
            .path("status")
            .asText());

    WebDriver driver = browser.driver();
    AccountPages account = new AccountPages(driver);
    EventPage page = new EventPage(driver);

    // Anne registers as a private person and has the private persons' seat.
    browser.open("login?next=/events/" + slug);
    account.logIn(anne, Accounts.PASSWORD);
    browser.assertAccessible();
    page.choose("som privatperson").choose("Jeg godtar vilkårene").press("registration:register");
    assertTrue(page.main().contains("Påmeldingen er registrert."), page.main());
    assertTrue(page.main().contains("Koden din for innsjekking"), page.main());
    browser.assertAccessible();
    account.logOut();

    // Bjørn registers for his municipality; its group is full, so he waits first in line.
    browser.open("login?next=/events/" + slug);
    account.logIn(bjorn, Accounts.PASSWORD);
    page.choose("for en organisasjon jeg er med i")
        .select("registration:organisation", bjornOrg.name())
        .choose("Jeg godtar vilkårene")
        .press("registration:register");
    assertTrue(page.main().contains("Du er nummer 1 i køen."), page.main());
    browser.assertAccessible();
    page.switchLanguageByKeyboard("Nynorsk", "nn");
    assertTrue(page.main().contains("Du er nummer 1 i køen."), page.main());
    browser.assertAccessible();
    page.switchLanguageByKeyboard("Bokmål", "nb");
    account.logOut();

    assertNotNull(TestServers.mailbox().await(bjorn, 2, MAIL), "Bjørn hears he waits");
    // The one who held the organisations' seat leaves: Bjørn moves up and is told.
    assertEquals(204, earlySession.delete("api/events/" + slug + "/registration").status());
    Mail promoted = TestServers.mailbox().await(bjorn, 3, MAIL);
    assertNotNull(promoted);
    assertTrue(promoted.body().contains("/events/" + slug), promoted.body());
    String code =
        ApiSession.loggedIn(bjorn, Accounts.PASSWORD)
            .get("api/events/" + slug + "/registration")
            .json()
            .path("code")
            .asText();

    // The host checks Bjørn in by his code on the check-in page.
    browser.open("login?next=/events/" + slug + "/participants");
    account.logIn(hostEmail, Accounts.PASSWORD);
    assertTrue(page.main().contains("Bjørn Reise"), page.main());
    browser.assertAccessible();
    page.follow("Innsjekking");
    browser.assertAccessible();
    page.type("check-in:code", code.toLowerCase()).press("check-in:submit");
    assertTrue(page.main().contains("Bjørn Reise er sjekket inn."), page.main());
    assertTrue(page.main().contains("1 av 2 er til stede."), page.main());
    browser.assertAccessible();
    page.switchLanguageByKeyboard("Nynorsk", "nn");
    assertTrue(page.main().contains("1 av 2 er til stades."), page.main());
    browser.assertAccessible();
    page.switchLanguageByKeyboard("Bokmål", "nb");

    // The forum took place; the host closes it with a finding.
    JsonNode editable = host.get("api/events/" + slug + "/editable").json();
    LocalDateTime yesterday = start.minusDays(16);
    event.put("startsAt", yesterday.toString());
    event.put("endsAt", yesterday.plusHours(3).toString());
    event.put("version", editable.path("version").asLong());
    assertEquals(200, host.put("api/events/" + slug, event).status());
    browser.open("events/" + slug + "/close");
    browser.assertAccessible();
    page.type("close:report", "Fem sektorar møttest.");
    driver
        .findElement(org.openqa.selenium.By.xpath("(//select[contains(@id,':kind')])[1]"))
        .sendKeys("En idé");
    page.type(
        driver
            .findElement(org.openqa.selenium.By.xpath("(//textarea[contains(@id,':text')])[1]"))
            .getAttribute("id"),
        "Ein felles vaktordning for utleigarar");
    page.press("close:submit");
    assertTrue(page.main().contains("Ein felles vaktordning for utleigarar"), page.main());
    browser.assertAccessible();
    account.logOut();

    // Bjørn's municipality was there: he starts a practice draft from the finding.
    browser.open("login?next=/events/" + slug);
    account.logIn(bjorn, Accounts.PASSWORD);
    browser.assertAccessible();
    page.pressText("Start en ny praksis fra dette");
    assertTrue(driver.getCurrentUrl().contains("/edit"), driver.getCurrentUrl());
    browser.assertAccessible();
  }
}
