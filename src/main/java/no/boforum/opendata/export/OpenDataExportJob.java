package no.boforum.opendata.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks often (a cheap query) and builds when due: no export yet (or its file is gone), the last
 * one older than the export interval (a day by default), or an administrator asked for a fresh one.
 * A failed build is tried again after half an hour, not at the next look.
 */
@ApplicationScoped
public class OpenDataExportJob implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(OpenDataExportJob.class.getName());
  static final Duration AFTER_FAILURE = Duration.ofMinutes(30);

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
    } catch (IOException | RuntimeException e) {
      // The last export stays; walking the whole database again at once would fail the same way.
      LOG.log(Level.WARNING, "The open-data export failed; the last one stays. Next try later", e);
      return JobOutcome.did(0).nextIn(AFTER_FAILURE);
    }
  }

  private boolean due() {
    Optional<ExportBuild> last = store.latest();
    return last.isEmpty()
        || store.file(last.get()).isEmpty()
        || last.get().finishedAt().plus(Duration.ofHours(exportHours)).isBefore(clock.instant())
        || store.pendingRequest().isPresent();
  }
}
