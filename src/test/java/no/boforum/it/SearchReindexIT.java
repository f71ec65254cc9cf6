package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
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
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * An administrator rebuilds the search index while people search: every search during the rebuild
 * still finds the practice, and afterwards the alias points at a new index that has everything.
 */
class SearchReindexIT {
  @Test
  void aRebuildSwapsTheIndexWithoutSearchEverGoingEmpty() throws Exception {
    ApiSession admin = Accounts.admin();
    assertEquals(401, ApiSession.anonymous().post("api/admin/search-index/rebuild", null).status());
    Organisations.Organisation owner = Organisations.verified("Omindeksering kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("reindex-editor", "Omindeksering", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    String kept = PracticeBuilder.uniqueWord("blaaveis");
    PracticeBuilder draft =
        PracticeBuilder.practice(owner.slug(), "Før omindekseringa " + kept).with("language", "nn");
    String slug = draft.published(editor);
    Map<String, Object> practice = draft.body();
    Eventually.await(
        "the test's practice to be searchable",
        () -> Http.json("api/search?q=" + kept).path("total").asInt(),
        total -> total == 1);
    assertEquals(404, admin.post("api/admin/search-index/rebuild?kind=nonsense", null).status());

    ApiSession.Answer started = admin.post("api/admin/search-index/rebuild", null);
    assertEquals(202, started.status(), started.raw().body());
    // A change while the rebuild runs: the new index must have it, whether the rebuild read the
    // practice before or after it (the indexer writes to the index being built too).
    String word = PracticeBuilder.uniqueWord("kvitveis");
    practice.put("title", "Under omindekseringa " + word + " " + kept);
    practice.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + slug, practice).status());
    List<Integer> totals = new ArrayList<>();
    JsonNode progress = started.json();
    while (progress.path("running").asBoolean()) {
      JsonNode result = Http.json("api/search?q=" + kept);
      assertFalse(result.path("degraded").asBoolean(), "search answered from the index");
      totals.add(result.path("total").asInt());
      progress = admin.get("api/admin/search-index").json();
    }
    assertFalse(totals.isEmpty(), "searched at least once while it ran");
    assertTrue(totals.stream().allMatch(t -> t == 1), "never empty during the rebuild: " + totals);
    assertTrue(
        progress.path("error").isNull() || progress.path("error").isMissingNode(),
        progress.toString());
    assertEquals(progress.path("total").asLong(), progress.path("done").asLong());
    // Every kind is rebuilt (events too): the practices' line is the one this test follows.
    JsonNode line = null;
    for (JsonNode kind : progress.path("kinds")) {
      if (kind.path("kind").asText().equals("practice")) {
        line = kind;
      }
    }
    assertNotNull(line, progress.toString());
    String built = line.path("index").asText();
    assertTrue(built.startsWith("practices-v5-"), built);
    assertTrue(progress.path("index").asText().contains(built), progress.toString());
    assertTrue(line.path("finished").asBoolean());
    // Built without refreshes or replicas, it is given both back before the swap.
    JsonNode settings =
        new ObjectMapper()
            .readTree(
                Http.client()
                    .build()
                    .send(
                        HttpRequest.newBuilder(
                                URI.create(TestServers.elasticsearch().url() + "/" + built))
                            .GET()
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .path(built)
            .path("settings")
            .path("index");
    assertEquals("1s", settings.path("refresh_interval").asText(), "refresh interval of " + built);
    assertEquals("1", settings.path("number_of_replicas").asText(), "replicas of " + built);

    int published = Http.json("api/practices").path("total").asInt();
    JsonNode all =
        Eventually.await(
            "the rebuilt index to hold every published practice",
            () -> Http.json("api/search?q=&type=practice"),
            r -> r.path("total").asInt() == published);
    assertFalse(all.path("degraded").asBoolean());
    Eventually.await(
        "the change made during the rebuild to be found in the new index",
        () -> Http.json("api/search?q=" + word).path("total").asInt(),
        total -> total == 1);
    ApiSession.Answer again = admin.post("api/admin/search-index/rebuild?kind=practice", null);
    assertEquals(202, again.status(), "a finished rebuild may be run again, of one kind");
    JsonNode second =
        Eventually.await(
            "the second rebuild to finish",
            () -> admin.get("api/admin/search-index").json(),
            p -> !p.path("running").asBoolean());
    assertNotEquals(built, second.path("index").asText(), "each rebuild makes a new index");
    assertEquals(
        1,
        Http.json("api/search?q=" + word).path("total").asInt(),
        "the second new index holds the practice too");
  }

  /**
   * A rebuild that the new index refuses (here every write is blocked by an index template) fails
   * with a message, waits for every bulk request in flight, deletes its index (which no late bulk
   * creates again), takes the building alias away, and leaves search on the index it had.
   */
  @Test
  void aRebuildTheIndexRefusesLeavesSearchOnTheIndexItHad() throws Exception {
    ApiSession admin = Accounts.admin();
    Eventually.await(
        "no rebuild to be running",
        () -> admin.get("api/admin/search-index").json(),
        p -> !p.path("running").asBoolean());
    // Run alone, this test may come before the indexer has made the practices' index.
    JsonNode before =
        Eventually.await(
                "the practices' alias to exist",
                () -> {
                  try {
                    return elasticsearch("GET", "/_alias/practices", null);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                },
                a -> a.status() == 200)
            .json();
    assertTrue(before.isObject() && before.size() == 1, before.toString());
    String template = "/_index_template/it-refuse-rebuild";
    assertEquals(
        200,
        elasticsearch(
                "PUT",
                template,
                "{\"index_patterns\":[\"practices-v5-*\"],\"priority\":500,"
                    + "\"template\":{\"settings\":{\"index.blocks.write\":true}}}")
            .status());
    JsonNode ended;
    try {
      assertEquals(202, admin.post("api/admin/search-index/rebuild?kind=practice", null).status());
      ended =
          Eventually.await(
              "the refused rebuild to end",
              () -> admin.get("api/admin/search-index").json(),
              p -> !p.path("running").asBoolean());
    } finally {
      elasticsearch("DELETE", template, null);
    }
    assertTrue(ended.path("error").asText().contains("refused"), ended.toString());
    String failed = ended.path("kinds").get(0).path("index").asText();
    assertTrue(failed.startsWith("practices-v5-"), ended.toString());
    assertFalse(before.has(failed), "a new index was made");
    assertEquals(before, elasticsearch("GET", "/_alias/practices", null).json(), "alias unmoved");
    assertEquals(404, elasticsearch("GET", "/" + failed, null).status(), failed + " deleted");
    assertEquals(
        404,
        elasticsearch("GET", "/_alias/practices-building", null).status(),
        "no building alias left");
    JsonNode all = Http.json("api/search?q=&type=practice");
    assertFalse(all.path("degraded").asBoolean(), all.toString());
    assertTrue(all.path("total").asInt() > 0, all.toString());
  }

  private record Answer(int status, JsonNode json) {}

  private static Answer elasticsearch(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestServers.elasticsearch().url() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        Http.client().build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), new ObjectMapper().readTree(response.body()));
  }
}
