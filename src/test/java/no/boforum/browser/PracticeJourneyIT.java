package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.PracticeEditor;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The catalogue's round trip in a real browser, with an axe scan of each page: an editor of an
 * organisation that is not verified writes a practice and submits it; a reviewer publishes it;
 * another organisation reports that it took the practice up; an anonymous visitor finds it in the
 * list and sees where it spread.
 */
@ExtendWith(BrowserExtension.class)
class PracticeJourneyIT {
  private static String editor;
  private static String reviewer;
  private static String adopter;
  private static Organisation owner;
  private static Organisation adopting;
  private static Path work;

  @BeforeAll
  static void people() throws Exception {
    Accounts.admin();
    owner = Organisations.unverified("Praksisinstituttet");
    adopting = Organisations.verified("Adopsjonskommunen");
    editor = Accounts.person("praksis-redaktor", "Pia Praksis", owner.slug(), "editor", null);
    reviewer = Accounts.person("husbanken-redaktor", "Rune Redaktør", null, null, "MODERATOR");
    adopter = Accounts.person("oslo-redaktor", "Olga Oslo", adopting.slug(), "editor", null);
    work = Files.createDirectories(Path.of("target", "it", "uploads"));
  }

  @Test
  void writeSubmitPublishAdoptAndFind(Browser browser) throws Exception {
    WebDriver driver = browser.driver();
    AccountPages account = new AccountPages(driver);
    PracticeEditor page = new PracticeEditor(driver);
    String title = "Nabolagsvert i blokka " + System.nanoTime();

    // The editor writes; a missing summary is named, and nothing typed is lost.
    browser.open("login?next=/my/new-practice");
    account.logIn(editor, Accounts.PASSWORD);
    browser.assertAccessible();
    page.type("title", title)
        .type("body", "Frivillige verter ønsker nye leietakere velkommen i blokka.")
        .choose("owner", owner.name())
        .chooseValue("edit", "places", "4601")
        .choose("activityStatus", "Pågår")
        .tick("Idé/pilot")
        .tick("Integrering og nabolag");
    page.save();
    assertTrue(
        page.main().contains("må fylles ut"), "the missing summary is named: " + page.main());
    assertEquals(title, page.value("title"), "what was typed is kept");
    browser.assertAccessible();
    page.type("summary", "Frivillige verter tar imot nye leietakere i kommunale blokker.");
    page.save();
    assertEquals(title, page.heading());
    assertTrue(page.main().contains("Utkast"), "a draft: " + page.main());
    browser.assertAccessible();

    // Attachments: a text file named .pdf and a file over the limit are refused by name.
    Path fake = Files.writeString(Files.createTempFile(work, "rapport", ".pdf"), "Bare tekst.");
    page.upload(fake, "Sluttrapport");
    assertTrue(page.main().contains("ikke en PDF"), page.main());
    Path huge = Files.createTempFile(work, "stor", ".pdf");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(23L * 1024 * 1024);
    }
    assertTrue(page.uploadRefusedBeforeSending(huge).contains("høyst 20 MB"));
    browser.assertAccessible();

    page.move("Send til gjennomgang");
    assertTrue(page.main().contains("Sendt til gjennomgang"), page.main());
    assertTrue(
        driver.findElements(By.xpath("//input[@value='Publiser']")).isEmpty(),
        "an unverified organisation's editor cannot publish");
    account.logOut();

    // A reviewer finds it in the queue and publishes it.
    browser.open("login?next=/my/review");
    account.logIn(reviewer, Accounts.PASSWORD);
    browser.assertAccessible();
    driver.findElement(By.linkText(title)).click();
    String slug = driver.getCurrentUrl().replaceAll(".*/practices/", "");
    assertEquals(404, ApiSession.anonymous().get("api/practices/" + slug).status(), "not public");
    page.move("Publiser");
    assertEquals(200, ApiSession.anonymous().get("api/practices/" + slug).status(), "published");
    browser.assertAccessible();
    account.logOut();

    // Another organisation reports that it took the practice up, in Oslo.
    browser.open("login?next=/practices/" + slug);
    account.logIn(adopter, Accounts.PASSWORD);
    page.reportAdoption(adopting.name(), "0301", "RUNNING");
    assertTrue(page.main().contains("Tatt i bruk i én kommune"), page.main());
    browser.assertAccessible();
    account.logOut();

    // Anyone finds it in the list, filtered by theme, and sees where it spread.
    browser.open("practices?theme=integrering-nabolag&sort=updated");
    browser.assertAccessible();
    driver.findElement(By.linkText(title)).click();
    assertTrue(page.main().contains("Tatt i bruk i én kommune"));
    assertTrue(
        driver.findElement(By.cssSelector("main table")).getText().contains("Oslo"),
        "the adoption is listed");
    assertTrue(page.main().contains("Idé/pilot"), "the evidence badge");
    browser.assertAccessible();
  }
}
