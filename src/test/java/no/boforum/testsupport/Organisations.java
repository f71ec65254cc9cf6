package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/**
 * Test fixtures for organisations: each one new, registered through the API by one founder account
 * of the run (its first admin), and verified by the administrator when a test needs that.
 */
public final class Organisations {
  private static String founder;

  private Organisations() {}

  /** An organisation as tests name it: the address part and the name shown on pages. */
  public record Organisation(String slug, String name) {}

  /** A new unverified organisation; {@code name} gets a suffix unique in this run. */
  public static Organisation unverified(String name) {
    return registered(name, "ideell-organisasjon");
  }

  /** A new verified municipality (actor type kommune) in Bergen. */
  public static Organisation municipality(String name) {
    Organisation o = registered(name, "kommune");
    verify(o);
    return o;
  }

  private static Organisation registered(String name, String actorType) {
    String unique = name + " " + Accounts.freshEmail("o").replaceAll("\\D", "");
    ApiSession.Answer a =
        founder()
            .post(
                "api/organisations",
                Map.of(
                    "name",
                    unique,
                    "actorType",
                    actorType,
                    "municipality",
                    "4601",
                    "description",
                    "Ein organisasjon laga av testane."));
    assertEquals(201, a.status(), () -> "registration of " + unique + ": " + a.raw().body());
    return new Organisation(a.json().path("slug").asText(), unique);
  }

  /** A new organisation the administrator has verified: its editors publish without review. */
  public static Organisation verified(String name) {
    Organisation o = unverified(name);
    verify(o);
    return o;
  }

  private static void verify(Organisation o) {
    ApiSession.Answer a =
        Accounts.admin()
            .put("api/admin/organisations/" + o.slug() + "/verification", Map.of("verified", true));
    assertEquals(200, a.status(), () -> a.raw().body());
  }

  private static synchronized ApiSession founder() {
    if (founder == null) {
      founder = Accounts.freshEmail("founder");
      Accounts.registerVerified(founder, "Frida Founder");
    }
    return ApiSession.loggedIn(founder, Accounts.PASSWORD);
  }
}
