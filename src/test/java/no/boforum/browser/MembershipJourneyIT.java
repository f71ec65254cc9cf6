package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import no.boforum.browser.pages.AccountPages;
import no.boforum.browser.pages.OrganisationPage;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Mailbox;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An NGO coordinator joins her organisation in a real browser: registers, follows the link in the
 * verification mail, logs in, asks to join; the organisation's admin approves her as editor; she
 * sees it. Every page visited is scanned by axe-core.
 */
@ExtendWith(BrowserExtension.class)
class MembershipJourneyIT {
  private static String slug;
  private static String orgAdminEmail;

  @BeforeAll
  static void setUp() {
    slug = Organisations.unverified("Frivillige bustadformidlarar").slug();
    orgAdminEmail = Accounts.freshEmail("koordinator");
    long orgAdmin = Accounts.registerVerified(orgAdminEmail, "Kari Koordinator");
    ApiSession.Answer a =
        Accounts.admin()
            .post(
                "api/admin/organisations/" + slug + "/members",
                Map.of("userId", orgAdmin, "role", "admin"));
    assertEquals(200, a.status(), a.raw().body());
  }

  /**
   * Issue 18: the page answers a registration with a member's address as it answers a new one; the
   * member hears of it by mail.
   */
  @Test
  void registeringWithAMembersAddressSaysTheSameAsANewRegistration(Browser browser) {
    String member = Accounts.freshEmail("mia");
    Accounts.registerVerified(member, "Mia Medlem");
    browser.open("register");
    AccountPages pages = new AccountPages(browser.driver());

    pages.register("Noen Andre", member, "Et-annet-passord-2026");

    assertTrue(pages.status().contains("Se etter en e-post"), pages.status());
    browser.assertAccessible();
    Mailbox.Mail told = TestServers.mailbox().await(member, 2, Duration.ofSeconds(30));
    assertTrue(told.subject().contains("Noen prøvde"), told.subject());
  }

  @Test
  void registerVerifyLogInAskToJoinAndGetApproved(Browser browser) {
    String email = Accounts.freshEmail("nora");
    browser.open("register");
    AccountPages pages = new AccountPages(browser.driver());
    browser.assertAccessible();

    pages.register("Nora Frivillig", email, "kort");
    assertTrue(
        browser.driver().getPageSource().contains("minst 10 tegn"),
        "a weak password is refused with the reason");
    assertEquals(
        email,
        browser
            .driver()
            .findElement(org.openqa.selenium.By.id("register:email"))
            .getAttribute("value"),
        "what was typed is kept");
    browser.assertAccessible();

    pages.register("Nora Frivillig", email, Accounts.PASSWORD);
    assertTrue(pages.status().contains("Se etter en e-post"), pages.status());
    browser.assertAccessible();

    String link =
        TestServers.mailbox().await(email, 1, Duration.ofSeconds(30)).link("/verify?token=");
    browser.driver().get(link);
    browser.assertAccessible();
    pages.confirmEmail(Accounts.PASSWORD);
    assertTrue(pages.status().contains("bekreftet"), pages.status());
    browser.assertAccessible();

    browser.open("organisations/" + slug);
    OrganisationPage organisation = new OrganisationPage(browser.driver());
    browser.assertAccessible();
    browser.open("login?next=/organisations/" + slug);
    pages.logIn(email, Accounts.PASSWORD);
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/organisations/" + slug),
        "back to the page that asked for the login: " + browser.driver().getCurrentUrl());
    assertTrue(pages.isLoggedIn());

    organisation.askToJoin();
    assertTrue(
        organisation.membershipText().contains("Forespørselen er sendt"),
        organisation.membershipText());
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/organisations/" + slug + "?asked=true"),
        browser.driver().getCurrentUrl());
    browser.assertAccessible();
    pages.logOut();
    assertFalse(pages.isLoggedIn());

    browser.open("login?next=/my/organisations");
    pages.logIn(orgAdminEmail, Accounts.PASSWORD);
    OrganisationPage mine = new OrganisationPage(browser.driver());
    assertTrue(mine.memberList().contains("Nora Frivillig"), mine.memberList());
    browser.assertAccessible();
    mine.approve("Nora Frivillig", "redaktør");
    assertTrue(mine.messages().contains("Nora Frivillig er nå med"), mine.messages());
    browser.assertAccessible();
    pages.logOut();

    browser.open("login");
    pages.logIn(email, Accounts.PASSWORD);
    browser.open("organisations/" + slug);
    assertTrue(
        organisation.membershipText().contains("Du er redaktør"), organisation.membershipText());
    browser.assertAccessible();
  }
}
