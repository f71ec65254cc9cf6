package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.outbox.SearchOutbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the search index on its own. It stays UP when Elasticsearch is down, with {@code
 * mode=degraded}: the portal still serves every page, so a load balancer must not take it out. The
 * outbox is counted in all and per kind ({@code outboxPending.practice}), so a kind whose changes
 * wait is told apart from the others.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {
  @Inject IndexerScheduler indexer;
  @Inject SearchClient client;
  @Inject SearchOutbox outbox;
  @Inject SearchKinds kinds;

  @Override
  public HealthCheckResponse call() {
    boolean available = indexer.isHealthy();
    var response =
        HealthCheckResponse.named("search")
            .up()
            .withData("available", available)
            .withData("mode", available ? "normal" : "degraded")
            .withData("server", client.serverVersion().orElse("unknown"));
    try {
      long parked = 0;
      for (SearchableKind kind : kinds.all()) {
        long kindParked = outbox.parked(kind.name());
        response.withData("outboxPending." + kind.name(), outbox.pending(kind.name()));
        response.withData("outboxParked." + kind.name(), kindParked);
        parked += kindParked;
      }
      // Every row, also of a kind this instance does not know (nobody indexes those: an operator
      // must look), so that the total never hides them.
      response.withData("outboxPending", outbox.pending());
      response.withData("outboxParked", parked);
    } catch (RuntimeException e) {
      response.withData("outboxPending", "unknown");
    }
    return response.build();
  }
}
