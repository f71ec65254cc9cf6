package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.OidcProvider;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Login with OpenID Connect against a real provider started by the tests: the code flow through the
 * browser's redirects (followed here by hand, with the session's cookies), account creation and
 * linking by verified email, and each way it can fail, with the message the login page shows.
 */
class OidcLoginIT {

  /** Follows the login from the portal to the provider and back; returns the last answer. */
  private static HttpResponse<String> logIn(ApiSession browser, String provider, String next) {
    String query = (provider.contains("?") ? "&" : "?") + "next=" + next;
    HttpResponse<String> r = browser.page("login/oidc/" + provider + query);
    for (int hops = 0; hops < 5 && r.statusCode() == 302; hops++) {
      String location = r.headers().firstValue("Location").orElseThrow();
      if (location.startsWith(TestServers.baseUrl()) && !location.contains("/login/oidc/")) {
        return r;
      }
      r =
          browser.visit(
              location.startsWith("http")
                  ? location
                  : TestServers.baseUrl() + location.substring(1));
    }
    return r;
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElse("");
  }

  @Test
  void aNewPersonWithAVerifiedEmailGetsAnAccountAndIsLoggedIn() {
    String email = Accounts.freshEmail("oidc-ny");
    TestServers.oidc()
        .nextLogin(
            "subject-" + email, Map.of("email", email, "email_verified", true, "name", "Nina Ny"));
    ApiSession browser = ApiSession.anonymous();
    HttpResponse<String> back = logIn(browser, OidcProvider.ID, "/my/profile");
    assertEquals(302, back.statusCode(), back.body());
    assertTrue(location(back).endsWith("/my/profile"), location(back));
    ApiSession.Answer me = browser.get("api/me");
    assertEquals(200, me.status());
    assertEquals(email, me.json().path("email").asText());
    assertEquals("Nina Ny", me.json().path("displayName").asText());
  }

  @Test
  void theProvidersNameClaimPassesTheInputRule() {
    // A right-to-left override and control characters in the claim (issue 18, decision 0025).
    String email = Accounts.freshEmail("oidc-bidi");
    TestServers.oidc()
        .nextLogin(
            "subject-" + email,
            Map.of("email", email, "email_verified", true, "name", "Nina\u202E yN\u0007\u0000"));
    ApiSession browser = ApiSession.anonymous();
    assertEquals(302, logIn(browser, OidcProvider.ID, "/").statusCode());
    assertEquals("Nina yN", browser.get("api/me").json().path("displayName").asText());

    // A claim of nothing but such characters is no name: the address stands in for it.
    String other = Accounts.freshEmail("oidc-tom");
    TestServers.oidc()
        .nextLogin(
            "subject-" + other,
            Map.of("email", other, "email_verified", true, "name", "\u202E\u0001 "));
    ApiSession second = ApiSession.anonymous();
    assertEquals(302, logIn(second, OidcProvider.ID, "/").statusCode());
    assertEquals(other, second.get("api/me").json().path("displayName").asText());
  }

  @Test
  void anExistingAccountIsLinkedByVerifiedEmailAndThenBySubject() {
    String email = Accounts.freshEmail("oidc-kjent");
    long id = Accounts.registerVerified(email, "Kjent Bruker");
    String subject = "subject-" + email;
    TestServers.oidc().nextLogin(subject, Map.of("email", email, "email_verified", true));
    ApiSession first = ApiSession.anonymous();
    assertEquals(302, logIn(first, OidcProvider.ID, "/").statusCode());
    assertEquals(id, first.get("api/me").json().path("id").asLong(), "linked to the account");

    // Later the provider sends another address: the link by subject still finds the account.
    TestServers.oidc()
        .nextLogin(subject, Map.of("email", "changed-" + email, "email_verified", true));
    ApiSession second = ApiSession.anonymous();
    logIn(second, OidcProvider.ID, "/");
    assertEquals(id, second.get("api/me").json().path("id").asLong());
  }

  @Test
  void aStrangersUnverifiedRegistrationLosesItsPasswordWhenTheOwnerLogsInWithTheProvider() {
    String email = Accounts.freshEmail("oidc-kapra");
    String strangers = "Fremmed-nøkkel-Tromsø-" + System.nanoTime();
    assertEquals(
        202,
        ApiSession.anonymous()
            .post(
                "api/accounts",
                Map.of("email", email, "displayName", "Stranger", "password", strangers))
            .status());
    TestServers.oidc()
        .nextLogin("subject-" + email, Map.of("email", email, "email_verified", true));
    ApiSession owner = ApiSession.anonymous();
    logIn(owner, OidcProvider.ID, "/");
    assertEquals(200, owner.get("api/me").status());
    assertEquals(
        401,
        ApiSession.anonymous().login(email, strangers).status(),
        "the stranger's password no longer opens the account");
  }

  @Test
  void aProviderWithoutEmailIsLinkedFromTheProfileAndThenLogsIn() {
    String email = Accounts.freshEmail("idporten");
    long id = Accounts.registerVerified(email, "Ida Porten");
    String subject = "pid-" + System.nanoTime();
    ApiSession me = ApiSession.loggedIn(email, Accounts.PASSWORD);
    assertTrue(me.page("my/profile").body().contains("Link to Test-ID"), "offered on the profile");

    // Like ID-porten: the ID token names a subject and no email.
    TestServers.oidc().nextLogin(subject, Map.of());
    HttpResponse<String> linked = logIn(me, OidcProvider.ID + "?link=true", "/");
    assertTrue(location(linked).endsWith("/my/profile?linked=test"), location(linked));
    assertTrue(me.page("my/profile?linked=test").body().contains("Linked to Test-ID"));

    TestServers.oidc().nextLogin(subject, Map.of());
    ApiSession later = ApiSession.anonymous();
    logIn(later, OidcProvider.ID, "/");
    assertEquals(id, later.get("api/me").json().path("id").asLong(), "the link opens the account");

    // Another account cannot take the same provider identity.
    String other = Accounts.freshEmail("idporten-2");
    Accounts.registerVerified(other, "Annen");
    ApiSession second = ApiSession.loggedIn(other, Accounts.PASSWORD);
    TestServers.oidc().nextLogin(subject, Map.of());
    HttpResponse<String> refused = logIn(second, OidcProvider.ID + "?link=true", "/");
    assertTrue(
        location(refused).endsWith("/my/profile?oidcError=oidc.linkedElsewhere"),
        location(refused));
  }

  @Test
  void anUnverifiedEmailIsNotEnoughToLinkOrCreate() {
    String email = Accounts.freshEmail("oidc-uverifisert");
    Accounts.registerVerified(email, "Uverifisert");
    TestServers.oidc()
        .nextLogin("subject-" + email, Map.of("email", email, "email_verified", false));
    ApiSession browser = ApiSession.anonymous();
    HttpResponse<String> back = logIn(browser, OidcProvider.ID, "/");
    assertTrue(location(back).endsWith("/login?oidcError=oidc.noVerifiedEmail"), location(back));
    assertEquals(401, browser.get("api/me").status());
    String page = browser.page("login?oidcError=oidc.noVerifiedEmail").body();
    assertTrue(page.contains("no verified email address"), "the login page says why");
  }

  @Test
  void anUnknownProviderAnUnreachableIssuerAndAStrayCallbackAreRefusedWithAReason() {
    ApiSession browser = ApiSession.anonymous();
    assertTrue(
        location(browser.page("login/oidc/nosuch"))
            .endsWith("/login?oidcError=oidc.unknownProvider"));
    assertTrue(
        location(browser.page("login/oidc/broken")).endsWith("/login?oidcError=oidc.unreachable"));
    assertTrue(
        location(browser.page("login/oidc/callback?code=x&state=y"))
            .endsWith("/login?oidcError=oidc.badCallback"));
    String page = browser.page("login?oidcError=oidc.unknownProvider").body();
    assertTrue(page.contains("We do not know this login service"), "the message is shown");
    assertTrue(
        browser.page("login").body().contains("Log in with Test-ID"), "the provider is offered");
  }
}
