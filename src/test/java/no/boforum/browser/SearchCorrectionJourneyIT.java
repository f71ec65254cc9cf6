package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.boforum.browser.pages.HomePage;
import no.boforum.browser.pages.SearchPage;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 in a real browser: a word typed without its ø shows the practices of the word spelt
 * right, with a plain notice that says so and a link, followed by keyboard, to the search for
 * exactly what was typed; that search stays exact when the order changes, and a new text typed in
 * the box is a new search and may be corrected again (and is announced so). Every state passes axe.
 */
@ExtendWith(BrowserExtension.class)
class SearchCorrectionJourneyIT {
  static final String WORD = PracticeBuilder.uniqueWord("grønnsakhage");
  static final String MISSPELT = WORD.replace('ø', 'o');
  static final String DROPPED_LETTER = WORD.replaceFirst("nn", "n");

  /**
   * The word is in the body alone: the short fields (title, summary) forgive a missing ø and a
   * dropped letter by themselves (folding and fuzzy matching), so there is nothing to correct.
   */
  static final String TITLE = "Felles hage " + PracticeBuilder.uniqueWord("nr");

  @BeforeAll
  static void publishAPractice() throws InterruptedException {
    Organisations.Organisation owner = Organisations.verified("Stavekontroll kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("spelling-editor", "Stavekontroll", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    String slug =
        PracticeBuilder.practice(owner.slug(), TITLE)
            .with("summary", "Beboere dyrker mat sammen.")
            .with("body", "Beboere dyrker mat sammen i en " + WORD + ".")
            .published(editor);
    Eventually.await(
        "the practice to be findable",
        () -> Http.json("api/search?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8)),
        r -> r.path("hits").findValuesAsText("slug").contains(slug));
  }

  @Test
  void aMisspeltWordShowsTheCorrectionsHitsAndTheWayBack(Browser browser) {
    browser.open("");
    SearchPage page = new HomePage(browser.driver()).searchFor(MISSPELT);
    assertEquals(
        "Viser treff for «" + WORD + "». Søk i stedet etter «" + MISSPELT + "».",
        page.correction());
    assertEquals(WORD, page.correctedTo(), "the text searched is emphasised");
    assertTrue(page.hitTitles().contains(TITLE), page.hitTitles().toString());
    assertTrue(page.didYouMean().isEmpty(), "no 'did you mean' beside the notice");
    browser.assertAccessible();

    page.searchExactlyAsTyped();
    String exact = browser.driver().getCurrentUrl();
    assertTrue(exact.contains("exact=1") && exact.contains("q=" + MISSPELT), exact);
    assertEquals("", page.correction(), "exactly as typed: no correction");
    assertTrue(page.hitTitles().isEmpty(), page.hitTitles().toString());
    assertEquals("Ingen treff", page.resultCount());
    assertEquals(java.util.List.of(WORD), page.didYouMean(), "did you mean stays");
    assertEquals("results-heading", page.focusedId(), "the focus goes to the count");
    browser.assertAccessible();

    page.sortBy("Nyeste først");
    String sorted = browser.driver().getCurrentUrl();
    assertTrue(sorted.contains("exact=1") && sorted.contains("sort=newest"), sorted);
    assertEquals("", page.correction(), "still exactly as typed");
    browser.assertAccessible();

    browser.driver().get(exact);
    SearchPage shared = new SearchPage(browser.driver());
    assertEquals("", shared.correction(), "the exact search is a link");
    assertTrue(shared.hitTitles().isEmpty(), shared.hitTitles().toString());

    shared.searchInPlace(DROPPED_LETTER);
    String again = browser.driver().getCurrentUrl();
    assertTrue(
        again.contains("q=" + URLEncoder.encode(DROPPED_LETTER, StandardCharsets.UTF_8))
            && !again.contains("exact="),
        again);
    assertEquals(WORD, shared.correctedTo());
    assertTrue(shared.hitTitles().contains(TITLE), shared.hitTitles().toString());
    assertEquals(
        shared.resultCount() + ". " + shared.correction(),
        shared.announced(),
        "the count is announced with the notice");
    browser.assertAccessible();
  }
}
