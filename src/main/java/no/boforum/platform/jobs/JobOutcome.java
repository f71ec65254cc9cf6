package no.boforum.platform.jobs;

import java.time.Duration;

/**
 * What a run did: how many things (logged when positive), and the pause it wants before the next
 * run, or null for the job's interval. A job with a back-off (the indexer while Elasticsearch is
 * down) answers a growing pause, then its interval again when all is well.
 */
public record JobOutcome(int done, Duration nextIn) {
  public static JobOutcome did(int done) {
    return new JobOutcome(done, null);
  }

  /** The run's pause before the next one, in place of the interval. */
  public JobOutcome nextIn(Duration pause) {
    return new JobOutcome(done, pause);
  }

  Duration pauseOr(Duration interval) {
    return nextIn == null ? interval : nextIn;
  }
}
