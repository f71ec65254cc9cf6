package no.boforum.opendata.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.opendata.OpenDataAction;

/** The state of the export as the page and the API tell it, and asking for a fresh one. */
@ApplicationScoped
public class OpenDataService {
  /** The last export (if any), and a request that no export has answered yet (if any). */
  public record Status(Optional<ExportBuild> latest, Optional<Instant> pending) {}

  @Inject ExportStore store;
  @Inject OpenDataExport export;
  @Inject Authorization authorization;

  private final Clock clock = Clock.systemUTC();

  public Status status() {
    return new Status(store.latest(), store.pendingRequest());
  }

  /** The datasets' names, in the export's order. */
  public List<String> datasetNames() {
    return export.datasets().stream().map(d -> d.shape().name()).toList();
  }

  /** Asks for a fresh export (administrators); the job builds it within its check interval. */
  public Instant requestExport() {
    authorization.require(OpenDataAction.REQUEST_EXPORT);
    return store.pendingRequest().orElseGet(() -> store.request(clock.instant()));
  }
}
