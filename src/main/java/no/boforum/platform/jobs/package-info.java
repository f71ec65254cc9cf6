/**
 * Periodic background work: features contribute {@link no.boforum.platform.jobs.PeriodicJob}s; the
 * {@link no.boforum.platform.jobs.JobRunner} runs them on a pool of its own, cluster-once jobs
 * under a lease on their row of the table {@code job}. A short per-instance job with a back-off
 * (the search indexer) answers its next pause in {@link no.boforum.platform.jobs.JobOutcome}. Each
 * run is counted per job, failed or not ({@link no.boforum.platform.jobs.JobMetrics}).
 */
package no.boforum.platform.jobs;
