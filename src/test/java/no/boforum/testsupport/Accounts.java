package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixtures for people: register through the API and verify through the real mail. */
public final class Accounts {
  public static final String PASSWORD = "Husbanken-forum-2026!";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Accounts() {}

  /** A fresh email address, unique in this run. */
  public static String freshEmail(String who) {
    return who + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@boforum.test";
  }

  /** Registers and verifies {@code email}; returns the user's id. */
  public static long registerVerified(String email, String name) {
    ApiSession.Answer a =
        ApiSession.anonymous()
            .post(
                "api/accounts",
                Map.of(
                    "email", email, "displayName", name, "password", PASSWORD, "language", "nb"));
    assertEquals(202, a.status(), () -> "registration of " + email + ": " + a.raw().body());
    return verify(email, 1, PASSWORD);
  }

  /**
   * Follows the verification link in the {@code n}th mail to {@code email}, with the password;
   * returns the user's id.
   */
  public static long verify(String email, int n, String password) {
    String link =
        TestServers.mailbox().await(email, n, Duration.ofSeconds(30)).link("/verify?token=");
    String token = link.substring(link.indexOf("token=") + "token=".length());
    ApiSession.Answer v =
        ApiSession.anonymous()
            .post("api/accounts/verification", Map.of("token", token, "password", password));
    assertEquals(200, v.status(), () -> "verification of " + email + ": " + v.raw().body());
    return v.json().path("userId").asLong();
  }

  /**
   * A verified person, given a role in an organisation and a global role by the administrator
   * (either may be null); returns the email address to log in with.
   */
  public static String person(
      String who, String name, String organisation, String orgRole, String globalRole) {
    String email = freshEmail(who);
    long id = registerVerified(email, name);
    if (organisation != null) {
      ApiSession.Answer a =
          admin()
              .post(
                  "api/admin/organisations/" + organisation + "/members",
                  Map.of("userId", id, "role", orgRole));
      assertEquals(200, a.status(), () -> a.raw().body());
    }
    if (globalRole != null) {
      ApiSession.Answer a =
          admin().put("api/admin/users/" + id + "/roles", Map.of("roles", List.of(globalRole)));
      assertEquals(200, a.status(), () -> a.raw().body());
    }
    return email;
  }

  /** As {@link #person}, named {@code who}, and logged in through the API. */
  public static ApiSession session(
      String who, String organisation, String orgRole, String globalRole) {
    return ApiSession.loggedIn(person(who, who, organisation, orgRole, globalRole), PASSWORD);
  }

  /** The suite's administrator (the bootstrap address), created on first use. */
  public static synchronized ApiSession admin() {
    ApiSession.Answer login = ApiSession.anonymous().login(TestServers.BOOTSTRAP_ADMIN, PASSWORD);
    if (login.status() == 401) {
      registerVerified(TestServers.BOOTSTRAP_ADMIN, "Ada Admin");
    }
    return ApiSession.loggedIn(TestServers.BOOTSTRAP_ADMIN, PASSWORD);
  }
}
