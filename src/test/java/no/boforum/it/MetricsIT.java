package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.Scrape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's metrics on the management port (issue 17, decision 0036): requests counted and
 * timed per page family and status class, job runs, the search outbox and the mail queue. The
 * server is shared with the other test classes, so every count is compared before and after what
 * this test does, and may have risen by more.
 */
class MetricsIT {
  static final String WORD = PracticeBuilder.uniqueWord("maaleprov");

  private static String slug;
  private static Scrape beforeSetUp;

  @BeforeAll
  static void publishAPractice() {
    beforeSetUp = Scrape.now();
    Organisations.Organisation owner = Organisations.verified("Målt kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("metrics-editor", "Målar", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    slug =
        PracticeBuilder.practice(owner.slug(), "Tiltak " + WORD)
            .with("summary", "Målt og talt, " + WORD + ".")
            .published(editor);
  }

  @Test
  void requestsAreCountedAndTimedByFamilyAndStatusClass() {
    Scrape before = Scrape.now();
    for (int i = 0; i < 2; i++) {
      assertEquals(200, Http.get("practices/" + slug).statusCode());
    }
    assertEquals(200, Http.get("search?q=" + WORD).statusCode());
    assertEquals(200, Http.get("api/practices/" + slug).statusCode());
    assertEquals(404, Http.get("practices/" + slug + "/no-such-page").statusCode());
    Scrape after = Scrape.now();
    // Kept for the operations guide: its metric names are checked against a real scrape.
    after.saveTo(java.nio.file.Path.of("target/metrics-scrape.txt"));

    assertRose(before, after, "boforum_http_requests_total", family("practice", "2xx"), 2);
    assertRose(before, after, "boforum_http_requests_total", family("search", "2xx"), 1);
    assertRose(before, after, "boforum_http_requests_total", family("api-practices", "2xx"), 1);
    assertRose(before, after, "boforum_http_requests_total", family("practice", "4xx"), 1);
    Map<String, String> practice = Map.of("family", "practice");
    assertRose(before, after, "boforum_http_request_duration_milliseconds_count", practice, 3);
    assertTrue(
        after.sum("boforum_http_request_duration_milliseconds_sum", practice)
            > before.sum("boforum_http_request_duration_milliseconds_sum", practice),
        "the time of the practice pages is added up");
    // One unit throughout: the 95th percentile is no more than the longest, which is no more than
    // the sum (a timer in Payara gave its quantiles in nanoseconds and its sum in seconds).
    List<Scrape.Sample> p95 =
        after.samples(
            "boforum_http_request_duration_milliseconds",
            Map.of("family", "practice", "quantile", "0.95"));
    assertEquals(1, p95.size(), "95th percentile: " + after.startingWith("boforum_http"));
    double max = after.sum("boforum_http_request_duration_milliseconds_max", practice);
    double sum = after.sum("boforum_http_request_duration_milliseconds_sum", practice);
    assertTrue(
        p95.get(0).value() <= max && max <= sum && sum > 0,
        "p95 " + p95.get(0).value() + " ms, max " + max + " ms, sum " + sum + " ms");
  }

  @Test
  void labelsNameFamiliesNeverAddresses() {
    assertEquals(200, Http.get("practices/" + slug + "?q=" + WORD).statusCode());
    assertEquals(404, Http.get("no-such-address-" + WORD).statusCode());
    List<Scrape.Sample> requests = Scrape.now().startingWith("boforum_http_");
    assertFalse(requests.isEmpty(), "no request metrics");
    List<String> families = new ArrayList<>();
    for (Scrape.Sample sample : requests) {
      String family = sample.labels().get("family");
      families.add(family);
      assertTrue(family != null && family.matches("[a-z][a-z-]*"), sample.line());
      assertFalse(sample.line().contains(slug), sample.line());
      assertFalse(sample.line().contains(WORD), sample.line());
      String status = sample.labels().get("status");
      assertTrue(status == null || status.matches("[1-5]xx|503"), sample.line());
    }
    assertTrue(families.contains("other"), "an unknown address counts as other: " + families);
  }

  @Test
  void jobRunsAreCountedPerJob() throws InterruptedException {
    Map<String, String> indexer = Map.of("job", "search-indexer");
    double before = Scrape.now().sum("boforum_job_runs_total", indexer);
    Eventually.await(
        "the search indexer to run again",
        () -> Scrape.now().sum("boforum_job_runs_total", indexer),
        after -> after > before);
    Scrape now = Scrape.now();
    assertFalse(
        now.samples("boforum_job_failures_total", indexer).isEmpty(),
        "the failures of a job are shown, also while none failed");
    assertFalse(
        now.samples("boforum_job_runs_total", Map.of("job", "mail-sender")).isEmpty(),
        "every job is counted");
  }

  @Test
  void mailSentIsCountedAndTheQueueIsAGauge() throws InterruptedException {
    // Setting up the editor sent a verification mail.
    Eventually.await(
        "the verification mail to be counted as sent",
        () -> Scrape.now().sum("boforum_mail_sent_total", Map.of()),
        after -> after > beforeSetUp.sum("boforum_mail_sent_total", Map.of()));
    Scrape now = Scrape.now();
    for (String gauge :
        List.of(
            "boforum_mail_pending",
            "boforum_mail_given_up",
            "boforum_mail_oldest_pending_seconds")) {
      List<Scrape.Sample> samples = now.samples(gauge, Map.of());
      assertEquals(1, samples.size(), gauge + " in " + now.startingWith("boforum_mail"));
      assertTrue(samples.get(0).value() >= 0, "read from the database: " + samples.get(0).line());
    }
    assertFalse(now.samples("boforum_mail_send_failures_total", Map.of()).isEmpty());
  }

  /** The outbox per kind, as the readiness details count it: every kind the health check knows. */
  @Test
  void searchOutboxIsAGaugePerKind() {
    JsonNode search = null;
    for (JsonNode check : Http.managementJson("health-details/ready").path("checks")) {
      if (check.path("name").asText().equals("search")) {
        search = check.path("data");
      }
    }
    assertTrue(search != null, "no search check");
    List<String> kinds = new ArrayList<>();
    search
        .fieldNames()
        .forEachRemaining(
            f -> {
              if (f.startsWith("outboxPending.")) {
                kinds.add(f.substring("outboxPending.".length()));
              }
            });
    assertTrue(kinds.contains("practice"), "kinds: " + kinds);
    Scrape now = Scrape.now();
    for (String kind : kinds) {
      for (String gauge :
          List.of(
              "boforum_search_outbox_pending",
              "boforum_search_outbox_parked",
              "boforum_search_outbox_oldest_pending_seconds")) {
        List<Scrape.Sample> samples = now.samples(gauge, Map.of("kind", kind));
        assertEquals(1, samples.size(), gauge + " of " + kind);
        assertTrue(samples.get(0).value() >= 0, samples.get(0).line());
      }
      assertFalse(
          now.samples("boforum_search_similar_failures_total", Map.of("kind", kind)).isEmpty(),
          "similar failures of " + kind);
    }
    for (String reason : List.of("unavailable", "io", "refused", "stopped", "error")) {
      assertFalse(
          now.samples("boforum_search_fallbacks_total", Map.of("reason", reason)).isEmpty(),
          "fallbacks for " + reason + " are shown from the start");
    }
  }

  @Test
  void theApplicationMetricsAreNotOnThePublicPort() {
    HttpResponse<String> metrics = Http.get("metrics");
    assertTrue(List.of(401, 403, 404).contains(metrics.statusCode()), "" + metrics.statusCode());
    assertFalse(metrics.body().contains("boforum_"), "the public port shows the metrics");
  }

  private static Map<String, String> family(String family, String status) {
    return Map.of("family", family, "status", status);
  }

  private static void assertRose(
      Scrape before, Scrape after, String name, Map<String, String> labels, double by) {
    double rise = after.sum(name, labels) - before.sum(name, labels);
    assertTrue(
        rise >= by,
        name
            + labels
            + " rose by "
            + rise
            + ", not "
            + by
            + "; now "
            + after.samples(name, labels));
  }
}
