package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * An index that disappears (a new cluster, an operator's mistake) is created again and filled from
 * the database, without a restart of the portal.
 */
class IndexRecoveryIT {

  @Test
  void aDeletedIndexIsCreatedAgainAndRefilled() throws Exception {
    Eventually.await(
        "the seed practices to be searchable",
        () -> Http.json("api/search?q=bustadlaus").path("total").asInt(),
        total -> total >= 1);

    HttpClient http = Http.client().build();
    String es = TestServers.elasticsearch().url();
    String aliases =
        http.send(
                HttpRequest.newBuilder(URI.create(es + "/_alias/practices")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String index = new ObjectMapper().readTree(aliases).fieldNames().next();
    HttpResponse<String> deleted =
        http.send(
            HttpRequest.newBuilder(URI.create(es + "/" + index)).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, deleted.statusCode(), deleted.body());

    int practices = Http.json("api/practices").path("total").asInt();
    Eventually.await(
        "the index to be created again and refilled with every practice",
        () -> Http.json("api/search?q=&type=practice"),
        r -> !r.path("degraded").asBoolean() && r.path("total").asInt() == practices);
    Eventually.await(
        "the outbox to drain",
        () -> Http.management("health-details/ready").body(),
        b -> b.contains("\"outboxPending\":\"0\""));
  }
}
