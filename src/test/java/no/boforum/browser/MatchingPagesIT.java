package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.ConversationPages;
import no.boforum.browser.pages.MatchingPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.IndexedState;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Needs and offers in a real browser, with an axe scan of each page in bokmål and in nynorsk: a
 * municipality's editor posts a need from the keyboard, is told what is missing with everything
 * typed kept, confirms it still stands, finds it on the board, and once it is done records it as
 * the municipality's adoption of a practice; an NGO's editor posts an offer in nynorsk and
 * withdraws it after a confirmation; the NGO's editor gets in touch about a need in nynorsk and
 * shares its contact details after a confirmation, and the municipality's editor answers.
 */
@ExtendWith(BrowserExtension.class)
class MatchingPagesIT {
  private static Organisation municipality;
  private static Organisation ngo;
  private static String municipalityEditor;
  private static String ngoEditor;
  private static String practice;
  private static String fittingOffer;

  @BeforeAll
  static void people() throws InterruptedException {
    municipality = Organisations.municipality("Behovsby kommune");
    ngo = Organisations.verified("Tilbodslaget");
    municipalityEditor =
        Accounts.person("behov", "Berit Behov", municipality.slug(), "editor", null);
    ngoEditor = Accounts.person("tilbod", "Tor Tilbod", ngo.slug(), "editor", null);
    practice = "Bustadvener " + System.nanoTime();
    ApiSession ngoSession = ApiSession.loggedIn(ngoEditor, Accounts.PASSWORD);
    String practiceSlug = PracticeBuilder.practice(ngo.slug(), practice).published(ngoSession);
    fittingOffer = "Frivillige for nybusette familiar i Vestland " + System.nanoTime();
    MatchingBuilder.offer(ngo.slug(), fittingOffer)
        .with("targetGroups", List.of("flyktninger"))
        .with("county", "46")
        .with("practices", List.of(practiceSlug))
        .posted(ngoSession);
    IndexedState.awaitOutboxDrained();
  }

  @Test
  void aMunicipalityPostsANeedAndAnNgoPostsAnOffer(Browser browser) {
    WebDriver driver = browser.driver();
    AccountPages account = new AccountPages(driver);
    MatchingPages pages = new MatchingPages(driver);
    String need = "Frivillige til nybusette " + System.nanoTime();

    browser.open("login?next=/matching");
    account.logIn(municipalityEditor, Accounts.PASSWORD);
    assertEquals("Behov og tilbud", pages.heading());
    browser.assertAccessible();
    pages.followByKeyboard("new-need");
    assertEquals("Meld et behov", pages.heading());
    browser.assertAccessible();

    // Without a text: refused beside the field, the title and the ticks kept.
    pages
        .type("title", need)
        .tick("Målgrupper", "Flyktninger")
        .tick("Tema", "Bomestring og oppfølging")
        .choose("county", "Vestland");
    pages.save();
    assertEquals("Fyll ut dette feltet.", pages.errorBeside("body"));
    assertEquals(need, pages.value("title"));
    assertTrue(pages.ticked("Målgrupper", "Flyktninger"), "the tick is kept");
    browser.assertAccessible();

    pages.type("body", "Vi treng **frivillige** som kan følgje opp familiar.");
    pages.save();
    assertEquals(need, pages.heading());
    assertEquals("Åpent", pages.state());
    assertTrue(pages.main().contains("Vestland"), pages.main());
    assertFalse(pages.main().contains("**"), "the text is rendered from Markdown");
    // The NGO's offer for refugees in Vestland is suggested, with the reasons in words.
    assertTrue(pages.main().contains(fittingOffer), pages.main());
    assertTrue(pages.main().contains("samme målgruppe: Flyktninger"), pages.main());
    assertTrue(pages.main().contains("samme fylke: Vestland"), pages.main());
    browser.assertAccessible();

    pages.pressIn("confirmation", "Bekreft at det fortsatt gjelder");
    assertTrue(pages.main().contains("Takk! Det står nå i nye uker."), pages.main());
    assertTrue(pages.main().contains("Utløper hvis det ikke bekreftes innen"), pages.main());
    browser.assertAccessible();
    String needPage = driver.getCurrentUrl();

    browser.open("matching?side=need&targetGroup=flyktninger&county=46");
    assertTrue(pages.listed().contains(need), () -> "on the board: " + pages.listed());
    browser.assertAccessible();

    // Done, and it used a practice: the municipality's adoption, in one step.
    driver.get(needPage);
    pages.press("Marker som match funnet");
    pages.press("Marker som gjennomført");
    assertEquals("Gjennomført", pages.state());
    browser.assertAccessible();
    pages.chooseIn("adoption", "practice", practice);
    pages.pressIn("adoption", "Registrer som tatt i bruk");
    assertTrue(pages.main().contains("Registrert som tatt i bruk: " + practice), pages.main());
    browser.assertAccessible();
    browser.open("matching?side=offer&targetGroup=flyktninger&county=46&theme=housing-first");
    assertTrue(pages.main().contains("Ingen behov eller tilbud passer avgrensningene."));
    browser.assertAccessible();
    account.logOut();

    // The NGO's editor, in nynorsk.
    String offer = "Bumentorar " + System.nanoTime();
    browser.open("login?next=/matching");
    account.logIn(ngoEditor, Accounts.PASSWORD);
    pages.switchLanguageByKeyboard("Nynorsk", "nn");
    assertEquals("Behov og tilbod", pages.heading());
    browser.assertAccessible();
    pages.followByKeyboard("new-offer");
    assertEquals("Meld eit tilbod", pages.heading());
    browser.assertAccessible();
    pages
        .type("title", offer)
        .type("body", "Vi tilbyr *bumentorar* til folk som har vore bustadlause.")
        .type("capacity", "Fem hushald i månaden")
        .tick("Målgrupper", "Bustadlause");
    pages.save();
    assertEquals(offer, pages.heading());
    assertEquals("Ope", pages.state());
    browser.assertAccessible();

    assertTrue(
        pages.confirmationOf("Trekk tilbake").startsWith("Vil du trekkje"),
        "withdrawing asks first");
    // Moved meanwhile (from another tab): the button pressed on the page as it was does nothing.
    String offerId = driver.getCurrentUrl().replaceAll(".*/matching/(\\d+).*", "$1");
    ApiSession.Answer moved =
        ApiSession.loggedIn(ngoEditor, Accounts.PASSWORD)
            .post("api/matching/" + offerId + "/state", Map.of("state", "IN_DIALOGUE"));
    assertEquals(200, moved.status(), () -> moved.raw().body());
    pages.press("Trekk tilbake");
    assertTrue(pages.main().contains("Nokon andre lagra ei endring i mellomtida"), pages.main());
    assertEquals("I dialog", pages.state());
    browser.assertAccessible();
    pages.press("Trekk tilbake");
    assertEquals("Trekt tilbake", pages.state());
    browser.assertAccessible();
    browser.open("matching");
    assertFalse(pages.listed().contains(offer), "a withdrawn offer leaves the board");
    assertFalse(pages.listed().contains(need), "and so does a done need");
    browser.assertAccessible();
    browser.open("matching?state=withdrawn&side=offer");
    assertTrue(pages.listed().contains(offer), () -> "asked for: " + pages.listed());
    browser.open("matching?state=done&side=need");
    assertTrue(pages.listed().contains(need), () -> "asked for: " + pages.listed());
    browser.assertAccessible();
    pages.switchLanguageByKeyboard("Bokmål", "nb");
    account.logOut();
  }

  @Test
  void anNgoGetsInTouchAndTheMunicipalityAnswers(Browser browser) {
    String title = "Samtale i nettlesaren " + System.nanoTime();
    long need =
        MatchingBuilder.need(municipality.slug(), title)
            .posted(ApiSession.loggedIn(municipalityEditor, Accounts.PASSWORD));
    WebDriver driver = browser.driver();
    AccountPages account = new AccountPages(driver);
    ConversationPages pages = new ConversationPages(driver);

    browser.open("login?next=/matching/" + need);
    account.logIn(ngoEditor, Accounts.PASSWORD);
    pages.switchLanguageByKeyboard("Nynorsk", "nn");
    assertEquals(title, pages.heading());
    browser.assertAccessible();
    pages.follow("get-in-touch");
    assertEquals("Ta kontakt", pages.heading());
    browser.assertAccessible();
    pages.press("contact", "send");
    assertEquals("Skriv ei melding.", pages.errorBeside("contact", "text"));
    browser.assertAccessible();
    pages.type("contact", "text", "Vi har bumentorar.\nKan vi snakke saman?");
    pages.press("contact", "send");
    assertEquals(municipality.name() + " og " + ngo.name(), pages.heading());
    String conversation = driver.getCurrentUrl();
    assertTrue(pages.lines().contains("Kan vi snakke saman?"), pages.lines());
    assertTrue(pages.lines().contains("Tor Tilbod"), "one's own side is named");
    assertTrue(pages.contactDetails().contains("ikkje delt enno"), pages.contactDetails());
    browser.assertAccessible();
    assertTrue(
        pages.confirmationOf("share", "share").startsWith("Dele namnet"), "sharing asks first");
    pages.press("share", "share");
    assertTrue(pages.lines().contains("delte kontaktopplysningane sine"), pages.lines());
    browser.assertAccessible();
    pages.switchLanguageByKeyboard("Bokmål", "nb");
    account.logOut();

    browser.open("login?next=" + conversation.substring(conversation.indexOf("/matching/")));
    account.logIn(municipalityEditor, Accounts.PASSWORD);
    assertTrue(pages.contactDetails().contains(ngoEditor), pages.contactDetails());
    assertTrue(pages.lines().contains("Tor Tilbod"), "named once shared");
    pages.type("answer", "text", "Gjerne! Vi ringer deg.");
    pages.press("answer", "send");
    assertTrue(pages.lines().contains("Gjerne! Vi ringer deg."), pages.lines());
    assertFalse(pages.contactDetails().contains(municipalityEditor), "not shared by us");
    browser.assertAccessible();
    browser.open("matching/" + need);
    assertTrue(pages.main().contains("Samtaler om dette: 1"), pages.main());
    account.logOut();
  }
}
