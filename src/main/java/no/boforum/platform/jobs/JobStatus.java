package no.boforum.platform.jobs;

import java.time.Instant;

/**
 * The last run of a job on this instance (the table {@code job} holds the cluster's view). Null
 * times: not run here yet.
 */
public record JobStatus(
    String name,
    PeriodicJob.Scope scope,
    boolean enabled,
    Instant lastStarted,
    Instant lastFinished,
    String lastOutcome,
    String lastError,
    long runs) {

  static JobStatus of(PeriodicJob job, boolean enabled) {
    return new JobStatus(job.name(), job.scope(), enabled, null, null, null, null, 0);
  }

  JobStatus started(Instant at) {
    return new JobStatus(name, scope, enabled, at, lastFinished, lastOutcome, lastError, runs + 1);
  }

  JobStatus finished(Instant at, String outcome, String error) {
    return new JobStatus(name, scope, enabled, lastStarted, at, outcome, error, runs);
  }
}
