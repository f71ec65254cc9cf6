package no.boforum.opendata.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks often (a cheap query) and builds when due: no export yet, the last one older than the
 * export interval (a day by default), or an administrator asked for a fresh one.
 */
@ApplicationScoped
public class OpenDataExportJob implements PeriodicJob {
  @Inject OpenDataExport export;
  @Inject ExportStore store;

  @Inject
  @ConfigProperty(name = "boforum.opendata.check-seconds", defaultValue = "60")
  long checkSeconds;

  @Inject
  @ConfigProperty(name = "boforum.opendata.export-hours", defaultValue = "24")
  long exportHours;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "open-data-export";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(checkSeconds);
  }

  @Override
  public JobOutcome run() {
    if (!due()) {
      return JobOutcome.did(0);
    }
    try {
      ExportBuild build = export.build();
      return JobOutcome.did(build.counts().values().stream().mapToInt(Integer::intValue).sum());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean due() {
    Optional<ExportBuild> last = store.latest();
    return last.isEmpty()
        || last.get().finishedAt().plus(Duration.ofHours(exportHours)).isBefore(clock.instant())
        || store.pendingRequest().isPresent();
  }
}
