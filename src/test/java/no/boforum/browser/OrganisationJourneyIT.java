package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.boforum.browser.pages.AccountPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A volunteer group that is not in the portal registers itself and an administrator verifies it, in
 * a real browser with an axe scan of each page.
 */
@ExtendWith(BrowserExtension.class)
class OrganisationJourneyIT {

  @BeforeAll
  static void administrator() {
    Accounts.admin();
  }

  @Test
  void registerAnOrganisationThenAnAdministratorVerifiesIt(Browser browser) {
    String email = Accounts.freshEmail("gruppe");
    Accounts.registerVerified(email, "Gunn Gruppeleder");
    String name = "Nabohjelp Ål " + System.nanoTime();
    WebDriver driver = browser.driver();
    browser.open("login?next=/my/new-organisation");
    AccountPages pages = new AccountPages(driver);
    pages.logIn(email, Accounts.PASSWORD);
    browser.assertAccessible();

    driver.findElement(By.id("edit:name")).sendKeys(name);
    new Select(driver.findElement(By.id("edit:municipality"))).selectByVisibleText("Ål");
    pages.save("edit:save");
    assertTrue(
        driver.getPageSource().contains("Velg hva slags aktør"), "the missing fact is named");
    assertEquals(name, driver.findElement(By.id("edit:name")).getAttribute("value"));
    assertEquals(
        "3328",
        new Select(driver.findElement(By.id("edit:municipality")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    browser.assertAccessible();

    new Select(driver.findElement(By.id("edit:actorType"))).selectByVisibleText("Frivillig gruppe");
    pages.save("edit:save");
    assertTrue(driver.getPageSource().contains("er registrert"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.tagName("main")).getText().contains(name));
    pages.logOut();

    browser.open("login?next=/admin/organisations");
    pages.logIn(TestServers.BOOTSTRAP_ADMIN, Accounts.PASSWORD);
    assertTrue(
        driver.findElement(By.tagName("main")).getText().contains(name),
        "waiting for verification");
    driver
        .findElement(By.xpath("//tr[td/a[.='" + name + "']]//input[@type='submit']"))
        .sendKeys(org.openqa.selenium.Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
        .until(d -> d.getPageSource().contains("er verifisert"));
    browser.assertAccessible();

    // The same administrator makes the group's leader a moderator.
    browser.open("admin/users?q=" + email);
    driver.findElement(By.xpath("//label[normalize-space(.)='Moderator']")).click();
    pages.save(driver.findElement(By.cssSelector("input[id$=':save']")).getAttribute("id"));
    assertTrue(driver.getPageSource().contains("Rollene til Gunn Gruppeleder er lagret"));
    assertTrue(
        ApiSession.loggedIn(email, Accounts.PASSWORD)
            .get("api/me")
            .json()
            .path("roles")
            .toString()
            .contains("MODERATOR"));
    pages.logOut();

    browser.open("organisations");
    driver.findElement(By.linkText(name)).click();
    assertTrue(driver.findElement(By.cssSelector(".badge--verified")).isDisplayed());
    assertTrue(driver.getPageSource().contains("Ål, Buskerud"), "place from the register");
    browser.assertAccessible();
  }
}
