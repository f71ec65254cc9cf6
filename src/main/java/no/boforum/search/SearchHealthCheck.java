package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.outbox.SearchOutbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the search index on its own. It stays UP when Elasticsearch is down, with {@code
 * mode=degraded}: the portal still serves every page, so a load balancer must not take it out.
 */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {
  @Inject IndexerScheduler indexer;
  @Inject SearchClient client;
  @Inject SearchOutbox outbox;

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
      response.withData("outboxPending", outbox.pending());
      response.withData("outboxParked", outbox.parked());
    } catch (RuntimeException e) {
      response.withData("outboxPending", "unknown");
    }
    return response.build();
  }
}
