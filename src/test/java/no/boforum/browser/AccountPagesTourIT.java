package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.boforum.browser.pages.AccountPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every account, organisation and administration page, in bokmål and nynorsk, as a visitor and as
 * an administrator, through an axe-core scan; and the refusals a user sees.
 */
@ExtendWith(BrowserExtension.class)
class AccountPagesTourIT {

  static final List<String> PUBLIC_PAGES =
      List.of(
          "login",
          "register",
          "forgot-password",
          "reset-password?token=not-a-token",
          "verify?token=not-a-token",
          "organisations",
          "organisations/husbanken",
          "practices",
          "practices?theme=housing-first&sort=spread",
          "practices/tenancy-sustainment-toolkit",
          "practices/leigeborsen",
          "search?q=bostedslose",
          "search?q=hjemlose&theme=finst-ikkje",
          "search?targetGroup=bostedslose&county=03&sort=evidence");

  static final List<String> ADMIN_PAGES =
      List.of(
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
          "practices/bokontakt/edit",
          "practices/bokontakt/history",
          "admin/taxonomies?taxonomy=municipality&q=berg",
          "admin/search-insight",
          "admin/search-index",
          "search?q=bustadlause&evidence=described",
          "my/searches");

  @BeforeAll
  static void administrator() {
    Accounts.admin();
  }

  @Test
  void everyPageIsAccessibleInBokmalAndNynorsk(Browser browser) {
    for (String lang : List.of("nb", "nn")) {
      browser.open("?lang=" + lang);
      for (String page : PUBLIC_PAGES) {
        browser.open(page);
        assertEquals(lang, new AccountPages(browser.driver()).language(), page);
        browser.assertAccessible();
      }
      browser.open("login");
      AccountPages pages = new AccountPages(browser.driver());
      pages.logIn(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
      // A login switches to the user's own language (bokmål here); switch back for the tour.
      browser.open("?lang=" + lang);
      for (String page : ADMIN_PAGES) {
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
    browser.open("organisations/rokkansenteret/edit");
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
    browser.open("organisations/rokkansenteret");
    assertTrue(driver.getPageSource().contains(text), "the new description is shown");
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
