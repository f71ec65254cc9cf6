package no.boforum.practice.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;

/**
 * Once an hour, deletes uploads left in {@code incoming/} by a server that stopped while receiving
 * or checking them. Only those untouched for {@link #STALE}: an upload in progress is written to
 * all the time, and its check takes seconds; another instance's uploads share the directory.
 */
@ApplicationScoped
public class IncomingSweep implements PeriodicJob {
  static final Duration STALE = Duration.ofHours(1);

  @Inject AttachmentStorage storage;
  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "attachment-incoming-sweep";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  public JobOutcome run() {
    try {
      return JobOutcome.did(storage.sweepIncoming(clock.instant().minus(STALE)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the uploads in incoming/", e);
    }
  }
}
