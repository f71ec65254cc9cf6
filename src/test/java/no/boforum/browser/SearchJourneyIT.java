package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.boforum.browser.pages.HomePage;
import no.boforum.browser.pages.PracticePage;
import no.boforum.browser.pages.SearchPage;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A housing officer's first visit, in a real browser: the home page, a search for a bokmål word,
 * filters ticked by keyboard (announced, kept in the address, undone with the back button, shared
 * as a link, removed as a chip), a suggestion chosen while typing, a nynorsk word that finds the
 * bokmål text, the practice it finds, and the switch to nynorsk, with an accessibility scan of
 * every state.
 */
@ExtendWith(BrowserExtension.class)
class SearchJourneyIT {
  /** A word only this test's practice has, so that it comes first among the seed content. */
  static final String WORD = PracticeBuilder.uniqueWord("reisekort");

  static final String TITLE = "Prosjekt bostedsløse " + WORD;
  private static String slug;

  @BeforeAll
  static void publishAPractice() {
    Organisations.Organisation owner = Organisations.verified("Søkereise kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("journey-editor", "Søkereise", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    slug =
        PracticeBuilder.practice(owner.slug(), TITLE)
            .with("summary", "Oppfølging av bostedsløse i egen bolig.")
            .with("evidenceLevel", "described")
            .with("evaluationPlanned", null)
            .published(editor);
  }

  @Test
  void searchFindPracticeAndSwitchToNynorsk(Browser browser) throws InterruptedException {
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
              return new HomePage(browser.driver()).searchFor("bostedsløse " + WORD);
            },
            page -> page.hitTitles().contains(TITLE));
    assertTrue(
        results.highlightedWords().contains("bostedsløse"), results.highlightedWords().toString());
    assertTrue(results.resultCount().endsWith("treff"), results.resultCount());
    browser.assertAccessible();

    SearchPage page = results.toggle("Beskrevet praksis");
    assertTrue(page.isChecked("Beskrevet praksis"));
    assertTrue(
        page.chips().contains("Dokumentasjonsnivå: Beskrevet praksis"), page.chips().toString());
    assertEquals(page.resultCount(), page.announced(), "the new count is announced");
    assertEquals("f-evidence-described", page.focusedId(), "the focus stays on the box");
    String described = browser.driver().getCurrentUrl();
    assertTrue(
        described.contains("evidence=described"), "the narrowed search is a link: " + described);
    String describedCount = page.resultCount();
    browser.assertAccessible();

    page.toggle("Prosessevaluert");
    assertTrue(
        page.isChecked("Prosessevaluert") && page.isChecked("Beskrevet praksis"), "several values");
    assertTrue(browser.driver().getCurrentUrl().contains("evidence=process_evaluated"));

    page.back();
    assertEquals(described, browser.driver().getCurrentUrl(), "back to the previous search");
    assertFalse(page.isChecked("Prosessevaluert"));
    assertEquals(describedCount, page.resultCount());

    browser.driver().get(described);
    SearchPage shared = new SearchPage(browser.driver());
    assertTrue(shared.isChecked("Beskrevet praksis"), "a shared link opens the same search");
    assertEquals(describedCount, shared.resultCount());
    assertTrue(shared.hitTitles().contains(TITLE));

    shared.removeChip("Beskrevet praksis");
    assertTrue(shared.chips().isEmpty(), shared.chips().toString());
    assertFalse(browser.driver().getCurrentUrl().contains("evidence="));

    List<String> offered = shared.typeAndWaitForSuggestions("bosteds");
    assertTrue(offered.stream().anyMatch(o -> o.startsWith("Bostedsløse")), offered.toString());
    browser.assertAccessible();
    shared.chooseSuggestion("Bostedsløse");
    assertTrue(
        browser.driver().getCurrentUrl().contains("targetGroup=bostedslose"),
        browser.driver().getCurrentUrl());
    assertTrue(shared.chips().contains("Målgruppe: Bostedsløse"), shared.chips().toString());
    browser.assertAccessible();

    browser.open("search?q=bustadlause+" + WORD);
    SearchPage nynorskWord = new SearchPage(browser.driver());
    assertTrue(
        nynorskWord.hitTitles().contains(TITLE),
        "a nynorsk word finds the bokmål text: " + nynorskWord.hitTitles());
    assertTrue(
        nynorskWord.highlightedWords().contains("bostedsløse"),
        "the bokmål word is marked: " + nynorskWord.highlightedWords());

    PracticePage practice = nynorskWord.open(TITLE);
    assertEquals(TITLE, practice.title());
    assertEquals("Beskrevet praksis", practice.evidenceBadge());
    browser.assertAccessible();

    practice.switchLanguageByKeyboard("Nynorsk", "nn");
    PracticePage nynorsk = new PracticePage(browser.driver());
    assertEquals("nn", nynorsk.language());
    assertEquals("Framside", nynorsk.homeLinkText());
    assertEquals("Skildra praksis", nynorsk.evidenceBadge());
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/practices/" + slug),
        "the address stays shareable: " + browser.driver().getCurrentUrl());
    browser.assertAccessible();
  }

  @Test
  void missingPageIsFriendlyAndAccessible(Browser browser) {
    browser.open("practices/finst-ikkje");
    assertEquals("Siden finnes ikke", new HomePage(browser.driver()).heading());
    browser.assertAccessible();
  }
}
