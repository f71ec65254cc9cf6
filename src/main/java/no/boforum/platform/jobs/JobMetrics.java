package no.boforum.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the runs of each job on this instance and those that failed: {@code
 * boforum_job_runs_total{job}} and {@code boforum_job_failures_total{job}}. A cluster-once job
 * counts on the instance that ran it, so the cluster's runs are the sum over instances.
 */
@ApplicationScoped
public class JobMetrics {
  private static final Metadata RUNS =
      Metadata.builder()
          .withName("boforum.job.runs")
          .withDescription("Runs of a periodic job on this instance, failed or not")
          .build();
  private static final Metadata FAILURES =
      Metadata.builder()
          .withName("boforum.job.failures")
          .withDescription("Runs of a periodic job on this instance that threw")
          .build();

  @Inject MetricRegistry registry;

  /** Shows both counters of a job at zero from the start, so that an increase is seen at once. */
  void register(String job) {
    registry.counter(RUNS, new Tag("job", job));
    registry.counter(FAILURES, new Tag("job", job));
  }

  void ran(String job, boolean failed) {
    registry.counter(RUNS, new Tag("job", job)).inc();
    if (failed) {
      registry.counter(FAILURES, new Tag("job", job)).inc();
    }
  }
}
