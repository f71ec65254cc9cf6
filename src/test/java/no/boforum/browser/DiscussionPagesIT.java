package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.DiscussionPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The discussion pages in a real browser, from the keyboard, with an axe scan of each page in
 * bokmål and in nynorsk: a housing officer asks about a practice from the new thread form, is told
 * that the title is too short with the text kept, previews and publishes; a peer answers; the asker
 * finds the reply that failed kept, replies, marks the peer's answer helpful and accepts it, which
 * then shows first and in the solved list.
 */
@ExtendWith(BrowserExtension.class)
class DiscussionPagesIT {
  private static final Pattern THREAD = Pattern.compile("/discussions/(\\d+)-[a-z0-9-]+$");
  private static String askerEmail;
  private static ApiSession peer;
  private static String practiceSlug;
  private static String practiceTitle;
  private static String otherSlug;
  private static String otherTitle;
  private static long similarThread;

  @BeforeAll
  static void people() {
    Organisations.Organisation org = Organisations.verified("Samtalekommunen");
    askerEmail = Accounts.person("spor", "Siri Spør", org.slug(), "editor", null);
    peer = Accounts.session("kollega", org.slug(), "member", null);
    practiceTitle = "Praksis i samtale " + System.nanoTime();
    practiceSlug =
        PracticeBuilder.practice(org.slug(), practiceTitle)
            .published(ApiSession.loggedIn(askerEmail, Accounts.PASSWORD));
    otherTitle = "Garantiordning i nabokommunen " + System.nanoTime();
    otherSlug =
        PracticeBuilder.practice(org.slug(), otherTitle)
            .published(ApiSession.loggedIn(askerEmail, Accounts.PASSWORD));
    var similar =
        peer.post(
            "api/discussions",
            Map.of(
                "kind", "QUESTION",
                "title", "Hvordan sikret dere husleiegarantien for unge?",
                "category", "bolig-og-utleie",
                "body", "Vi lurer på husleiegaranti. " + System.nanoTime()));
    assertEquals(201, similar.status(), () -> similar.raw().body());
    similarThread = similar.json().path("id").asLong();
  }

  @Test
  void anOfficerAsksAboutAPracticeAndAcceptsAPeersAnswer(Browser browser)
      throws InterruptedException {
    WebDriver driver = browser.driver();
    DiscussionPages pages = new DiscussionPages(driver);
    String title = "Hvordan sikret dere husleiegarantien " + System.nanoTime();

    browser.open("discussions");
    assertEquals("Diskusjoner", pages.heading());
    browser.assertAccessible();

    browser.open("login?next=/practices/" + practiceSlug);
    new AccountPages(driver).logIn(askerEmail, Accounts.PASSWORD);
    assertEquals(practiceTitle, pages.heading());
    assertEquals("Ingen har spurt om dette ennå.", pages.text(".subject-threads .empty"));
    browser.assertAccessible();
    pages.press("ask-about");
    assertTrue(
        driver.getCurrentUrl().endsWith("/discussions/new?practice=" + practiceSlug),
        driver.getCurrentUrl());
    assertEquals("Ny tråd", pages.heading());
    assertTrue(pages.main().contains(practiceTitle), "the practice asked about is named");
    browser.assertAccessible();

    pages
        .type("thread:title", "Kort")
        .choose("thread:category", "Bolig og utleie")
        .type("thread:body", "Vi vurderer **husleiegaranti** for unge leietakere.");
    pages.press("thread:save");
    assertTrue(pages.errorBeside("thread:title").contains("Tittelen"), pages.main());
    assertTrue(driver.getCurrentUrl().contains("/discussions/new"), driver.getCurrentUrl());
    assertEquals("Vi vurderer **husleiegaranti** for unge leietakere.", pages.value("thread:body"));
    browser.assertAccessible();

    // Threads like the title as it is typed, once the earlier one is in the index.
    Eventually.await(
        "the earlier thread offered as similar",
        () -> Http.json("api/discussions/similar?title=Hvordan%20sikret%20dere%20husleiegarantien"),
        r -> r.path("threads").toString().contains("discussions/" + similarThread + "-"));
    pages.type("thread:title", title);
    new WebDriverWait(driver, Eventually.PATIENCE)
        .until(d -> !d.findElements(By.cssSelector("#similar-threads a")).isEmpty());
    assertTrue(pages.text("#similar-threads").contains("husleiegarantien for unge"), pages.main());
    browser.assertAccessible();
    pages.press("thread:preview");
    assertEquals("husleiegaranti", pages.text(".preview strong"), "the preview renders Markdown");
    assertEquals(title, pages.value("thread:title"), "kept through the preview");
    pages.press("thread:save");
    Matcher address = THREAD.matcher(driver.getCurrentUrl());
    assertTrue(address.find(), driver.getCurrentUrl());
    long id = Long.parseLong(address.group(1));
    assertEquals(title, pages.heading());
    assertTrue(pages.main().contains(practiceTitle));
    assertTrue(pages.main().contains("Du følger tråden."), "an asker follows the thread");
    browser.assertAccessible();

    var answered =
        peer.post(
            "api/discussions/" + id + "/posts",
            Map.of(
                "body",
                "Vi brukte Husbankens *garanti* i tre år, se [praksisen](/practices/"
                    + otherSlug
                    + ")."));
    assertEquals(201, answered.status(), () -> answered.raw().body());
    long answer = answered.json().path("id").asLong();

    browser.open("discussions/" + id);
    pages.press("reply:send");
    assertFalse(pages.errorBeside("reply:body").isBlank(), "an empty reply is refused");
    pages.type("reply:body", "Takk! Gjaldt den også for depositum?").press("reply:send");
    assertTrue(pages.main().contains("Gjaldt den også for depositum?"), pages.main());
    assertTrue(pages.main().contains("Svaret ditt er publisert."));

    // The same post open for editing in two tabs: the second save is refused with a message, and
    // what was typed in it stays in the form.
    long mine = postWith(peer.get("api/discussions/" + id).json(), "depositum?");
    pages.followInPost(mine, "Endre");
    WebElement editor = pages.textareaInPost(mine);
    editor.clear();
    editor.sendKeys("Gjaldt garantien også for depositum, og hvor lenge?");
    ApiSession otherTab = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    JsonNode thread = otherTab.get("api/discussions/" + id).json();
    var elsewhere =
        otherTab.put(
            "api/discussions/posts/" + mine,
            Map.of("body", "Endret i en annen fane.", "version", versionOf(thread, mine)));
    assertEquals(200, elsewhere.status(), () -> elsewhere.raw().body());
    pages.pressInPost(mine, "Lagre endringen");
    assertTrue(pages.main().contains("Innlegget er endret i mellomtiden"), pages.main());
    assertEquals(
        "Gjaldt garantien også for depositum, og hvor lenge?",
        pages.textareaInPost(mine).getAttribute("value"),
        "nothing typed is lost");
    browser.assertAccessible();

    assertTrue(
        pages.text("#post-" + answer + " .practice-card").contains(otherTitle),
        "the practice the answer links to as a card");
    pages.pressInPost(answer, "Nyttig");
    assertTrue(pages.text("#post-" + answer + " .post__helpful").contains("1"));
    pages.pressInPost(answer, "Godta som løsning");
    assertTrue(
        pages.has(".thread__accepted #accepted-post-" + answer), "the accepted answer shows first");
    assertTrue(pages.main().contains("Løst"));
    browser.assertAccessible();

    // A button on the second page of replies acts on the post it stands in, not on the one at
    // the same place of the first page.
    // Twenty more replies, from a moderator: no rate limit or pre-moderation holds them up.
    ApiSession filler = Accounts.session("fyll", null, null, "MODERATOR");
    long last = 0;
    for (int i = 0; i < 20; i++) {
      var more =
          filler.post(
              "api/discussions/" + id + "/posts",
              Map.of("body", "Tillegg nummer " + i + " " + System.nanoTime() + "."));
      assertEquals(201, more.status(), () -> more.raw().body());
      last = more.json().path("id").asLong();
    }
    browser.open("discussions/" + id + "?page=2");
    pages.pressInPost(last, "Nyttig");
    JsonNode secondPage = peer.get("api/discussions/" + id + "?page=2").json();
    JsonNode firstPage = peer.get("api/discussions/" + id).json();
    assertEquals(1, helpfulOf(secondPage, last), secondPage.toString());
    assertEquals(
        0,
        helpfulOf(firstPage, firstPage.path("replies").path("items").get(1).path("id").asLong()),
        "the post at the same place on page 1 is untouched");

    browser.open("practices/" + practiceSlug);
    assertTrue(pages.text(".subject-thread").startsWith(title), pages.main());
    assertTrue(pages.text(".subject-thread").contains("Løst"), "solved on the practice page");
    assertTrue(pages.text(".subject-thread").contains("22 svar"), pages.text(".subject-thread"));

    browser.open("discussions?filter=solved");
    assertTrue(pages.main().contains(title), "in the solved list");
    browser.assertAccessible();

    pages.switchLanguageByKeyboard("Nynorsk", "nn");
    assertEquals("Diskusjonar", pages.heading());
    browser.assertAccessible();
    browser.open("discussions/" + id);
    assertTrue(pages.main().contains("Godtekne svar"), pages.main());
    browser.assertAccessible();
    browser.open("discussions/new");
    assertEquals("Ny tråd", pages.heading());
    browser.assertAccessible();
    browser.open("practices/" + practiceSlug);
    assertEquals("Spør om denne praksisen", pages.text("#ask-about"));
    assertTrue(pages.text(".subject-thread").contains("Løyst"), pages.text(".subject-thread"));
    browser.assertAccessible();
  }

  /** The id of the first reply on a thread page whose text contains {@code text}. */
  private static long postWith(JsonNode threadPage, String text) {
    for (JsonNode p : threadPage.path("replies").path("items")) {
      if (p.path("body").asText().contains(text)) {
        return p.path("id").asLong();
      }
    }
    throw new AssertionError("no reply with " + text + " in " + threadPage);
  }

  private static long versionOf(JsonNode threadPage, long postId) {
    for (JsonNode p : threadPage.path("replies").path("items")) {
      if (p.path("id").asLong() == postId) {
        return p.path("version").asLong();
      }
    }
    throw new AssertionError("no post " + postId + " in " + threadPage);
  }

  /** The helpful marks of a post among a thread page's replies. */
  private static long helpfulOf(JsonNode threadPage, long postId) {
    for (JsonNode p : threadPage.path("replies").path("items")) {
      if (p.path("id").asLong() == postId) {
        return p.path("helpful").asLong();
      }
    }
    throw new AssertionError("no post " + postId + " in " + threadPage);
  }

  /**
   * A reader flags a reply for personal information from the keyboard, and it is hidden at once; a
   * moderator finds it in the queue (axe in bokmål and nynorsk), keeps it, and locks the thread.
   */
  @Test
  void aReaderFlagsPersonalInformationAndAModeratorDecides(Browser browser) {
    WebDriver driver = browser.driver();
    DiscussionPages pages = new DiscussionPages(driver);
    AccountPages account = new AccountPages(driver);
    ApiSession asker = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    var started =
        asker.post(
            "api/discussions",
            Map.of(
                "kind",
                "QUESTION",
                "title",
                "Oppfølging av en leietaker " + System.nanoTime(),
                "category",
                "bolig-og-utleie",
                "body",
                "Hva gjør dere når husleien ikke blir betalt? " + System.nanoTime()));
    assertEquals(201, started.status(), () -> started.raw().body());
    long id = started.json().path("id").asLong();
    String secret = "Ola i Bakkegata " + System.nanoTime();
    var posted =
        peer.post("api/discussions/" + id + "/posts", Map.of("body", secret + " skylder."));
    assertEquals(201, posted.status(), () -> posted.raw().body());
    long post = posted.json().path("id").asLong();
    String reader = Accounts.person("leser", "Lise Leser", null, null, null);
    String moderator = Accounts.person("moderator", "Mona Moderator", null, null, "MODERATOR");

    browser.open("discussions");
    if (!"nb".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
      pages.switchLanguageByKeyboard("Bokmål", "nb"); // the other journey may have left nynorsk
    }
    if (account.isLoggedIn()) {
      account.logOut();
    }
    browser.open("login?next=/discussions/" + id);
    account.logIn(reader, Accounts.PASSWORD);
    pages.openDetails("#post-" + post + " details.post__flag");
    pages.check("reason-" + post + "-PERSONAL_INFORMATION");
    pages.type("flag-note-" + post, "Navn og adresse.");
    browser.assertAccessible();
    pages.pressInPost(post, "Send meldingen");
    assertTrue(pages.main().contains("Takk. En moderator vil se på innlegget."), pages.main());
    assertTrue(pages.text("#post-" + post).contains("Skjult mens en moderator ser på det."));
    assertFalse(pages.main().contains(secret), "hidden from the reader at once");
    browser.assertAccessible();
    account.logOut();

    browser.open("login?next=/moderation");
    account.logIn(moderator, Accounts.PASSWORD);
    assertEquals("Moderering", pages.heading());
    for (int page = 2; !pages.has("#queued-" + post) && page < 50; page++) {
      browser.open("moderation?page=" + page);
    }
    assertTrue(pages.text("#queued-" + post).contains(secret), "the moderator reads the text");
    assertTrue(
        pages.text("#queued-" + post).contains("Personopplysninger om en bruker eller beboer"));
    assertTrue(pages.text("#queued-" + post).contains("Navn og adresse."));
    assertFalse(
        pages.queueButton(post, "Slett").getAttribute("data-confirm").isBlank(),
        "deleting asks first");
    browser.assertAccessible();
    // The moderator takes the name out: without a note to the author the edit is refused, and the
    // changed text stays in the form.
    pages.openDetails("#queued-" + post + " details.moderation-edit");
    pages.type("body-" + post, "Personen skylder husleie.");
    pages.pressInQueue(post, "Lagre endringen");
    assertTrue(pages.main().contains("Skriv en merknad til forfatteren."), pages.main());
    assertEquals("Personen skylder husleie.", pages.value("body-" + post), "nothing is lost");
    browser.assertAccessible();
    pages.type("note-" + post, "Jeg tok ut navn og adresse.");
    pages.pressInQueue(post, "Lagre endringen");
    assertTrue(pages.main().contains("Innlegget er endret og vises."), pages.main());
    assertFalse(pages.has("#queued-" + post), "no longer in the queue");
    browser.assertAccessible();

    browser.open("discussions/" + id);
    assertTrue(pages.main().contains("Personen skylder husleie."), "shown again, changed");
    assertFalse(pages.main().contains(secret), "without the name");
    pages.openDetails("details.thread__moderation");
    browser.assertAccessible();
    pages.pressButton("Lås");
    assertTrue(pages.main().contains("Låst"), pages.main());
    assertTrue(pages.main().contains("Tråden er stengt for nye svar."));
    pages.openDetails("details.thread__moderation").choose("moderate:moveTo", "Annet");
    pages.pressButton("Flytt");
    assertTrue(pages.text(".thread__meta").contains("Annet"), pages.text(".thread__meta"));

    browser.open("moderation");
    pages.switchLanguageByKeyboard("Nynorsk", "nn");
    assertEquals("Moderering", pages.heading());
    assertTrue(pages.main().contains("Innlegg som er melde"), pages.main());
    browser.assertAccessible();
    pages.switchLanguageByKeyboard("Bokmål", "nb");
    account.logOut();
  }
}
