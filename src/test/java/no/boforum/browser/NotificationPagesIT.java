package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.NotificationPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bell, the list, the settings and the page a mail's stop link opens, by keyboard, through an
 * axe-core scan in bokmål and nynorsk: a reply shows as an unread count that a screen reader reads,
 * the list marks everything read, an item leads to its post, a choice on the settings page holds,
 * and the mail's link stops that mail without logging in.
 */
@ExtendWith(BrowserExtension.class)
class NotificationPagesIT {
  @Test
  void theBellTheListTheSettingsAndTheStopLink(Browser browser) {
    String org = Organisations.verified("Bjellekommunen").slug();
    String email = Accounts.person("bell-asker", "Bjelle Spør", org, "editor", null);
    ApiSession asker = ApiSession.loggedIn(email, Accounts.PASSWORD);
    ApiSession replier =
        ApiSession.loggedIn(
            Accounts.person("bell-replier", "Rask Svarar", org, "member", null), Accounts.PASSWORD);
    int mails = TestServers.mailbox().count(email);
    long thread = start(asker, "Bjella ringer " + System.nanoTime());
    reply(replier, thread, "Første svar til bjella.");
    reply(replier, thread, "Andre svar til bjella.");
    String stopLink =
        TestServers.mailbox()
            .await(email, mails + 1, Duration.ofSeconds(30))
            .link("/notifications/unsubscribe?token=");

    browser.open("?lang=nb");
    browser.open("login");
    AccountPages account = new AccountPages(browser.driver());
    account.logIn(email, Accounts.PASSWORD);
    NotificationPages pages = new NotificationPages(browser.driver());
    browser.open("");
    assertEquals("Varsler 2 (2 uleste)", pages.bellText(), "the count, read out too");
    browser.assertAccessible();

    pages.openBellByKeyboard();
    assertEquals("Varsler", pages.heading());
    assertEquals(2, pages.unread().size());
    assertTrue(
        pages.itemText(pages.items().get(0)).startsWith("Rask Svarar svarte i «Bjella ringer"),
        pages.itemText(pages.items().get(0)));
    browser.assertAccessible();
    // The old address of a notification, by GET, leads to its subject but marks nothing.
    browser.open("my/notifications/open?id=" + pages.idOf(pages.items().get(0)));
    assertTrue(
        browser.driver().getCurrentUrl().contains("/discussions/" + thread + "-"),
        browser.driver().getCurrentUrl());
    browser.open("my/notifications");
    assertEquals(2, pages.unread().size(), "a GET marks nothing read");
    // Opening one (a post, issue 18) goes to its subject and marks that one read.
    pages.open(pages.items().get(1));
    assertTrue(
        browser.driver().getCurrentUrl().contains("/discussions/" + thread + "-"),
        browser.driver().getCurrentUrl());
    assertTrue(browser.driver().getCurrentUrl().contains("#post-"));
    browser.open("my/notifications");
    assertEquals(1, pages.unread().size(), "the opened one is read");
    assertEquals("Varsler 1 (1 ulest)", pages.bellText());
    pages.markAllRead();
    assertTrue(pages.status().contains("1 merket som lest"), pages.status());
    assertEquals(0, pages.unread().size());
    assertTrue(pages.bell().get(0).getAttribute("textContent").strip().equals("Varsler"));

    browser.open("my/notification-settings");
    browser.assertAccessible();
    assertTrue(pages.chosen("Svar i tråder jeg har startet", "IMMEDIATE"), "the default");
    assertTrue(pages.chosen("Nye innlegg i tråder jeg følger", "DAILY"), "the default");
    pages.choose("Svar i tråder jeg har startet", "WEEKLY");
    pages.chooseHour("18:00");
    pages.save();
    assertTrue(pages.status().contains("Innstillingene for varsler er lagret"), pages.status());
    assertTrue(pages.chosen("Svar i tråder jeg har startet", "WEEKLY"), "the choice holds");
    Map<?, ?> saved = preferences(asker);
    assertEquals("WEEKLY", ((Map<?, ?>) saved.get("deliveries")).get("discussion.reply"));
    assertEquals(18, saved.get("digestHour"));

    browser.open("?lang=nn");
    for (String page : new String[] {"my/notifications", "my/notification-settings"}) {
      browser.open(page);
      assertEquals("nn", pages.language(), page);
      browser.assertAccessible();
    }
    account.logOut();

    browser.driver().get(stopLink);
    browser.assertAccessible();
    assertTrue(
        browser.driver().getPageSource().contains("Svar i trådar eg har starta"),
        "the page names what it stops");
    pages.stopMail();
    assertFalse(pages.status().isBlank());
    assertEquals(
        "PORTAL", ((Map<?, ?>) preferences(asker).get("deliveries")).get("discussion.reply"));
    browser.assertAccessible();
    browser.open("?lang=nb");
  }

  static long start(ApiSession who, String title) {
    var created =
        who.post(
            "api/discussions",
            Map.of(
                "kind",
                "QUESTION",
                "title",
                title,
                "category",
                "bolig-og-utleie",
                "body",
                "Korleis ringer bjella? (" + title + ")"));
    assertEquals(201, created.status(), () -> created.raw().body());
    return created.json().path("id").asLong();
  }

  static void reply(ApiSession who, long thread, String text) {
    var posted = who.post("api/discussions/" + thread + "/posts", Map.of("body", text));
    assertEquals(201, posted.status(), () -> posted.raw().body());
  }

  static Map<?, ?> preferences(ApiSession who) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue(who.get("api/me/notification-preferences").raw().body(), Map.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
