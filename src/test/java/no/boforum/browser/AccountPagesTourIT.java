package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every account, organisation and administration page, in bokmål and nynorsk, as a visitor and as
 * an administrator, through an axe-core scan; and the refusals a user sees. The organisation and
 * practices shown are made for the tour: one practice in English, one in nynorsk with every fact,
 * links, a contact and an adoption.
 */
@ExtendWith(BrowserExtension.class)
class AccountPagesTourIT {
  static Organisation organisation;
  static String english;
  static String full;

  static List<String> publicPages() {
    return List.of(
        "login",
        "register",
        "forgot-password",
        "reset-password?token=not-a-token",
        "verify?token=not-a-token",
        "organisations",
        "organisations/" + organisation.slug(),
        "practices",
        "practices?theme=housing-first&sort=spread",
        "practices/" + english,
        "practices/" + full,
        "search?q=bostedslose",
        "search?q=hjemlose&theme=finst-ikkje",
        "search?targetGroup=bostedslose&county=03&sort=evidence",
        "open-data",
        "terms");
  }

  static List<String> adminPages() {
    return List.of(
        "my/profile",
        "my/organisations",
        "admin/organisations",
        "admin/organisations?show=all",
        "admin/users",
        "admin/audit",
        "admin/audit?type=LOGIN_SUCCEEDED",
        "my/practices",
        "my/review",
        "my/new-practice",
        "practices/" + full + "/edit",
        "practices/" + full + "/history",
        "admin/taxonomies?taxonomy=municipality&q=berg",
        "admin/search-insight",
        "admin/search-index",
        "search?q=bustadlause&evidence=described",
        "my/searches",
        "open-data");
  }

  @BeforeAll
  static void organisationAndPractices() {
    Accounts.admin();
    organisation = Organisations.verified("Turorganisasjonen");
    ApiSession editor = Accounts.session("tour-editor", organisation.slug(), "editor", null);
    english =
        PracticeBuilder.practice(organisation.slug(), "Tenancy sustainment for the tour")
            .with("language", "en")
            .with("summary", "A housing office follows new tenants through their first months.")
            .with("body", "Described in **Markdown**.")
            .published(editor);
    full =
        PracticeBuilder.practice(organisation.slug(), "Leigebørs for omvisinga")
            .with("language", "nn")
            .with("summary", "Ein leigebørs formidlar bustader til vanskelegstilte.")
            .with("body", "## Korleis\n\nFrivillige formidlar **bustader**.")
            .with("targetGroups", List.of("bostedslose", "unge"))
            .with("places", List.of("4601", "0301"))
            .with("startedOn", "2021-03-01")
            .with("evidenceNote", "Prøvd ut i to bydelar.")
            .with(
                "links", List.of(Map.of("url", "https://example.org/rapport", "label", "Rapport")))
            .with(
                "contact",
                Map.of("name", "Kari Kontakt", "role", "Rådgjevar", "email", "kari@example.org"))
            .published(editor);
    ApiSession.Answer adopted =
        editor.post(
            "api/practices/" + full + "/adoptions",
            Map.of(
                "organisation", organisation.slug(), "municipality", "4601", "status", "running"));
    assertEquals(201, adopted.status(), adopted.raw().body());
  }

  @Test
  void everyPageIsAccessibleInBokmalAndNynorsk(Browser browser) {
    for (String lang : List.of("nb", "nn")) {
      browser.open("?lang=" + lang);
      for (String page : publicPages()) {
        browser.open(page);
        assertEquals(lang, new AccountPages(browser.driver()).language(), page);
        browser.assertAccessible();
      }
      browser.open("login");
      AccountPages pages = new AccountPages(browser.driver());
      pages.logIn(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
      // A login switches to the user's own language (bokmål here); switch back for the tour.
      browser.open("?lang=" + lang);
      for (String page : adminPages()) {
        browser.open(page);
        assertEquals(lang, pages.language(), page);
        assertTrue(
            browser.driver().findElements(By.tagName("h1")).size() == 1, "one heading on " + page);
        browser.assertAccessible();
      }
      pages.logOut();
    }
  }

  @Test
  void wrongPasswordAndExpiredLinksSayWhatHappened(Browser browser) {
    browser.open("?lang=nb");
    browser.open("login");
    AccountPages pages = new AccountPages(browser.driver());
    pages.logIn(TestServers.BOOTSTRAP_ADMIN, "not the password");
    assertTrue(browser.driver().getPageSource().contains("Feil e-postadresse eller passord"));
    assertEquals(
        TestServers.BOOTSTRAP_ADMIN,
        browser.driver().findElement(By.id("login:email")).getAttribute("value"),
        "the email stays typed");
    browser.assertAccessible();

    browser.open("verify?token=not-a-token");
    assertTrue(browser.driver().getPageSource().contains("Lenken er ikke gyldig"));
  }

  @Test
  void anOrganisationEditWithABadNumberKeepsWhatWasTypedThenSaves(Browser browser) {
    browser.open("?lang=nb");
    browser.open("login");
    AccountPages pages = new AccountPages(browser.driver());
    pages.logIn(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
    String research = Organisations.unverified("Forskingsmiljøet").slug();
    browser.open("organisations/" + research + "/edit");
    browser.assertAccessible();
    var driver = browser.driver();
    String text = "Forskningsmiljø i Bergen. Endret " + System.nanoTime() + ".";
    driver.findElement(By.id("edit:orgNumber")).clear();
    driver.findElement(By.id("edit:orgNumber")).sendKeys("123 456 789");
    driver.findElement(By.id("edit:description")).clear();
    driver.findElement(By.id("edit:description")).sendKeys(text);
    pages.save("edit:save");
    assertTrue(
        driver.getPageSource().contains("kontrollsifferet stemmer ikke"),
        () -> driver.getCurrentUrl() + driver.findElement(By.tagName("main")).getText());
    assertEquals(text, driver.findElement(By.id("edit:description")).getAttribute("value"));
    assertEquals("123 456 789", driver.findElement(By.id("edit:orgNumber")).getAttribute("value"));
    browser.assertAccessible();

    driver.findElement(By.id("edit:orgNumber")).clear();
    pages.save("edit:save");
    assertTrue(driver.getPageSource().contains("Opplysningene er lagret"), driver.getCurrentUrl());
    browser.open("organisations/" + research);
    assertTrue(driver.getPageSource().contains(text), "the new description is shown");
    pages.logOut();
  }

  @Test
  void aPasswordChangeOnTheProfileSaysWhatIsWrongThenEndsOtherSessions(Browser browser) {
    String email = Accounts.freshEmail("passordbytar");
    Accounts.registerVerified(email, "Passord Bytar");
    ApiSession elsewhere = ApiSession.loggedIn(email, Accounts.PASSWORD);
    browser.open("?lang=nb");
    browser.open("login?next=/my/profile");
    AccountPages pages = new AccountPages(browser.driver());
    pages.logIn(email, Accounts.PASSWORD);
    var driver = browser.driver();
    driver.findElement(By.id("passwordForm:currentPassword")).sendKeys("ikkje dette");
    driver
        .findElement(By.id("passwordForm:password"))
        .sendKeys("Ny-lang-bustadfrase-" + System.nanoTime());
    pages.save("passwordForm:change");
    assertTrue(
        driver.getPageSource().contains("Det nåværende passordet er feil."),
        () -> driver.findElement(By.tagName("main")).getText());
    browser.assertAccessible();
    assertEquals(200, elsewhere.get("api/me").status(), "a refused change ends nothing");

    driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(Accounts.PASSWORD);
    driver
        .findElement(By.id("passwordForm:password"))
        .sendKeys("Ny-lang-bustadfrase-" + System.nanoTime());
    pages.save("passwordForm:change");
    assertTrue(
        driver.getPageSource().contains("Passordet er byttet."),
        () -> driver.findElement(By.tagName("main")).getText());
    assertTrue(pages.isLoggedIn(), "this session goes on");
    assertEquals(401, elsewhere.get("api/me").status(), "the other session ends");
    pages.logOut();
  }

  @Test
  void theAuditLogNamesPeopleAndShowsADeletedUserAsDeleted(Browser browser) {
    String email = Accounts.freshEmail("forsvinn");
    long id = Accounts.registerVerified(email, "Forsvinnande Fru");
    assertEquals(204, ApiSession.loggedIn(email, Accounts.PASSWORD).delete("api/me").status());
    browser.open("?lang=nb");
    browser.open("login?next=/admin/audit?user=" + id);
    AccountPages pages = new AccountPages(browser.driver());
    pages.logIn(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
    String log = browser.driver().findElement(By.tagName("main")).getText();
    assertTrue(log.contains("Konto slettet"), log);
    assertTrue(log.contains("Slettet bruker (" + id + ")"), log);
    assertTrue(!log.contains("Forsvinnande"), "no name is kept for a deleted user");
    browser.assertAccessible();
    pages.logOut();
  }

  @Test
  void aLoggedInUserWithoutTheRoleSeesTheRefusalPage(Browser browser) {
    String email = Accounts.freshEmail("nysgjerrig");
    Accounts.registerVerified(email, "Nysgjerrig");
    browser.open("?lang=nb");
    browser.open("login");
    AccountPages pages = new AccountPages(browser.driver());
    pages.logIn(email, Accounts.PASSWORD);
    browser.open("admin/audit");
    assertEquals("Ingen tilgang", pages.heading());
    browser.assertAccessible();
    pages.logOut();
  }
}
