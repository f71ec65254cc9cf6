package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import org.junit.jupiter.api.Test;

/** Each feature's "not found" answers 404 with the same JSON body as before it was mapped once. */
class NotFoundAnswersIT {

  private static void assertNotFound(Answer answer, String error) {
    assertEquals(404, answer.status(), answer.raw().body());
    assertEquals(404, answer.json().path("status").asInt(), answer.raw().body());
    assertEquals(error, answer.error(), answer.raw().body());
  }

  @Test
  void anUnknownPracticeAdoptionOrSavedSearchIsNotFound() {
    ApiSession me =
        ApiSession.loggedIn(
            Accounts.person("not-found", "Nils Nowhere", null, null, null), Accounts.PASSWORD);
    assertNotFound(ApiSession.anonymous().get("api/practices/finnes-ikke"), "Not found");
    assertNotFound(me.delete("api/adoptions/999999999"), "Not found");
    assertNotFound(me.put("api/saved-searches/999999999", Map.of("alert", false)), "Not found");
  }

  @Test
  void anUnknownOrganisationIsNamedAsSuch() {
    ApiSession me =
        ApiSession.loggedIn(
            Accounts.person("no-org", "Nora Nowhere", null, null, null), Accounts.PASSWORD);
    assertNotFound(
        me.post("api/organisations/finnes-ikke/join-requests", null),
        "No organisation has this slug");
  }
}
