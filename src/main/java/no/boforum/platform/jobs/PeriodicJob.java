package no.boforum.platform.jobs;

import java.time.Duration;

/**
 * Background work that a feature contributes: an {@code @ApplicationScoped} bean implementing this
 * interface is found by the {@link JobRunner} and run on its pool, from the jobs start phase on.
 */
public interface PeriodicJob {
  /** Where a job runs. */
  enum Scope {
    /**
     * On one instance of the cluster at a time, and once per interval in the whole cluster: the
     * instance that claims the job's row in the table {@code job} runs it.
     */
    CLUSTER_ONCE,
    /** On every instance, each on its own schedule (work local to the instance, or row-claimed). */
    PER_INSTANCE
  }

  /** Unique, stable (it names the job's row): lower case words with dashes. */
  String name();

  /** The pause from the end of one run to the start of the next, unless the run says otherwise. */
  Duration interval();

  default Scope scope() {
    return Scope.CLUSTER_ONCE;
  }

  /**
   * The pause before the first run: after this instance starts (per instance), or after the job
   * first appears in the cluster (cluster-once; later starts keep the cluster's schedule).
   */
  default Duration firstRunIn() {
    return Duration.ZERO;
  }

  /** False when this instance cannot do the work (no SMTP server, say): it never runs here. */
  default boolean enabled() {
    return true;
  }

  /**
   * One run. A throwable is logged and the job runs again after its interval; a job that wants to
   * back off (or hurry) answers the pause it wants with {@link JobOutcome#nextIn}.
   */
  JobOutcome run();
}
