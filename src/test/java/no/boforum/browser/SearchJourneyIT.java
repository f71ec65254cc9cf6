package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.boforum.browser.pages.HomePage;
import no.boforum.browser.pages.PracticePage;
import no.boforum.browser.pages.SearchPage;
import no.boforum.testsupport.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A housing officer's first visit, in a real browser: the home page, a search for a bokmål word,
 * the practice it finds, and the switch to nynorsk, with an accessibility scan of every page.
 */
class SearchJourneyIT {
  private static Browser browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = Browser.start("nb-NO");
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void searchFindPracticeAndSwitchToNynorsk() throws InterruptedException {
    browser.open("");
    HomePage home = new HomePage(browser.driver());
    assertEquals("nb", home.language());
    assertEquals("Hopp til hovedinnholdet", home.firstTabStop().getText(), "skip link comes first");
    browser.assertAccessible();

    SearchPage results =
        Eventually.await(
            "the search page to find the practice",
            () -> {
              browser.open("");
              return new HomePage(browser.driver()).searchFor("bostedsløse");
            },
            page -> page.hitTitles().contains("Prosjekt bostedsløse (2001–2004)"));
    assertTrue(
        results.highlightedWords().contains("bostedsløse"), results.highlightedWords().toString());
    assertTrue(results.resultCount().endsWith("treff"), results.resultCount());
    browser.assertAccessible();

    SearchPage narrowed = results.narrowBy("Beskrevet praksis");
    assertTrue(narrowed.isNarrowedBy("Beskrevet praksis"), "the chosen facet is marked");
    assertTrue(
        browser.driver().getCurrentUrl().contains("evidenceLevel=described"),
        "the narrowed search is a link: " + browser.driver().getCurrentUrl());
    browser.assertAccessible();

    PracticePage practice = narrowed.open("Prosjekt bostedsløse (2001–2004)");
    assertEquals("Prosjekt bostedsløse (2001–2004)", practice.title());
    assertEquals("Beskrevet praksis", practice.evidenceBadge());
    browser.assertAccessible();

    practice.switchLanguageByKeyboard("Nynorsk", "nn");
    PracticePage nynorsk = new PracticePage(browser.driver());
    assertEquals("nn", nynorsk.language());
    assertEquals("Framside", nynorsk.homeLinkText());
    assertEquals("Skildra praksis", nynorsk.evidenceBadge());
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/practices/prosjekt-bostedslose"),
        "the address stays shareable: " + browser.driver().getCurrentUrl());
    browser.assertAccessible();
  }

  @Test
  void missingPageIsFriendlyAndAccessible() {
    browser.open("practices/finst-ikkje");
    assertEquals("Siden finnes ikke", new HomePage(browser.driver()).heading());
    browser.assertAccessible();
  }
}
