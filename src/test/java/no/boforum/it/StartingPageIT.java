package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.PayaraMicroProcess.StartAnswers;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * While the suite's portal started (a fresh database: every migration, every import), the home page
 * was asked for every 200 ms (issue 17). Once the application's web context is up, the portal
 * answers 503 with a plain page and {@code Retry-After} until its start-up sequence has ended,
 * never a server error. The public port opens only once the portal is deployed (decision 0043):
 * before that nothing answers, rather than Payara's own 404 and the empty 500 it gave while Faces
 * initialised the web context.
 */
class StartingPageIT {

  @Test
  void theHomePageSaidStartingWhileThePortalStarted() {
    StartAnswers answers = TestServers.startAnswers();
    HttpResponse<String> starting = answers.firstStarting();
    assertNotNull(
        starting, "no 503 with Retry-After while starting; answers: " + answers.answers());
    // The first answer is "starting", and nothing but "starting" or the page follows (the wait may
    // end, on readiness, before the home page is asked again).
    List<String> seen = answers.answers();
    assertEquals("503 Retry-After", seen.get(0), "the first answer; all: " + seen);
    assertTrue(
        seen.stream().allMatch(a -> a.equals("503 Retry-After") || a.equals("200")),
        "another answer while starting: " + seen);
    assertEquals("5", starting.headers().firstValue("Retry-After").orElse(""));
    assertTrue(
        starting.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        starting.headers().toString());
    assertTrue(starting.body().contains("<h1>Boforum starter</h1>"), starting.body());
    assertFalse(starting.body().contains("Exception"), starting.body());
    assertEquals("no-store", starting.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void onceStartedThePagesAreServed() {
    assertEquals(200, Http.get("").statusCode());
  }
}
