package no.boforum.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.Phase;
import no.boforum.platform.StartPhase;
import no.boforum.platform.db.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link PeriodicJob} on a pool of threads of its own (from the container's managed
 * thread factory: the container's scheduler has a single thread, which one long job would hold for
 * all). Each job is scheduled again when its run ends, so it never overlaps itself on an instance;
 * a cluster-once job runs only when this instance claims its row, which it tries every {@code
 * boforum.jobs.poll-seconds} (or the job's interval, if shorter). No throwable escapes a run: a job
 * is never cancelled by its failure. A per-instance job can be woken to run now instead of at its
 * next turn ({@link #wake}), as the search indexer is when a transaction that wrote the outbox
 * commits.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject @Any Instance<PeriodicJob> jobs;
  @Inject Leases leases;
  @Inject JobMetrics metrics;

  @Inject
  @ConfigProperty(name = "boforum.jobs.threads", defaultValue = "4")
  int threadCount;

  @Inject
  @ConfigProperty(name = "boforum.jobs.poll-seconds", defaultValue = "30")
  int pollSeconds;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, JobStatus> statuses = new ConcurrentHashMap<>();
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, PeriodicJob> byName = new ConcurrentHashMap<>();
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private ScheduledThreadPoolExecutor pool;

  void start(@Observes @Phase(StartPhase.JOBS) Started started) {
    begin(jobs, threads);
  }

  /** Starts the pool from the factory's threads and schedules each enabled job's first run. */
  void begin(Iterable<PeriodicJob> jobs, ThreadFactory factory) {
    pool = new ScheduledThreadPoolExecutor(threadCount, factory);
    pool.setRemoveOnCancelPolicy(true);
    for (PeriodicJob job : jobs) {
      boolean enabled = job.enabled();
      statuses.put(job.name(), JobStatus.of(job, enabled));
      metrics.register(job.name());
      byName.put(job.name(), job);
      if (!enabled) {
        LOG.info(() -> "Job " + job.name() + " does not run on this instance");
        continue;
      }
      schedule(
          job, job.scope() == PeriodicJob.Scope.CLUSTER_ONCE ? Duration.ZERO : job.firstRunIn());
    }
  }

  /** The last run of every job on this instance, by name. */
  public List<JobStatus> statuses() {
    return statuses.values().stream().sorted(Comparator.comparing(JobStatus::name)).toList();
  }

  public Optional<JobStatus> status(String name) {
    return Optional.ofNullable(statuses.get(name));
  }

  /**
   * Runs a per-instance job now rather than at its next turn: at once if it is waiting, or again
   * right after the run under way. Wakes that come together make one run. A cluster-once job, or
   * one that does not run on this instance, is left to its schedule.
   */
  public void wake(String name) {
    PeriodicJob job = byName.get(name);
    Slot slot = slots.get(name);
    if (job == null || slot == null || job.scope() != PeriodicJob.Scope.PER_INSTANCE) {
      return;
    }
    synchronized (slot) {
      if (slot.running) {
        slot.again = true;
      } else {
        // A new generation: the waiting run, even one whose thread has just begun, stands down.
        schedule(job, Duration.ZERO);
      }
    }
  }

  /**
   * Schedules the job's next run as a new generation of its slot: a run of an older generation that
   * is still waiting, or whose thread has just begun, finds itself stale and does nothing, so a job
   * has one chain of runs, however wakes and ends of runs interleave.
   */
  private void schedule(PeriodicJob job, Duration pause) {
    Slot slot = slots.computeIfAbsent(job.name(), n -> new Slot());
    synchronized (slot) {
      long generation = ++slot.generation;
      if (slot.next != null) {
        slot.next.cancel(false);
      }
      try {
        slot.next =
            pool.schedule(() -> tick(job, generation), pause.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        LOG.fine(() -> "Job " + job.name() + " not scheduled again: the runner is stopping");
      }
    }
  }

  void tick(PeriodicJob job, long generation) {
    Slot slot = slots.computeIfAbsent(job.name(), n -> new Slot());
    synchronized (slot) {
      if (generation != slot.generation || slot.running) {
        return; // superseded by a wake: the newer run goes on with the chain
      }
      slot.running = true;
      slot.again = false;
    }
    Duration pause = job.interval();
    try {
      pause = job.scope() == PeriodicJob.Scope.PER_INSTANCE ? run(job, null) : runIfClaimed(job);
    } catch (Throwable e) {
      // Not the job (it is caught in run): its row, most likely the database. Try again later.
      pause = poll(job);
      LOG.log(Level.WARNING, "Job " + job.name() + ": claim or release failed; will try again", e);
    } finally {
      // One step: no wake can come between the end of the run and the next one's schedule.
      synchronized (slot) {
        slot.running = false;
        if (slot.again) {
          pause = Duration.ZERO;
          slot.again = false;
        }
        schedule(job, pause);
      }
    }
  }

  private Duration runIfClaimed(PeriodicJob job) {
    if (!registered.contains(job.name())) {
      // The first time in the cluster, the job falls due after its first pause; later starts
      // keep the row and its schedule.
      leases.register(job.name(), job.firstRunIn());
      registered.add(job.name());
    }
    Optional<Leases.Lease> lease = leases.claim(job.name());
    if (lease.isEmpty()) {
      return poll(job);
    }
    Duration next = run(job, lease.get());
    return next.compareTo(poll(job)) < 0 ? next : poll(job);
  }

  /** Runs the job once, records how it went, and answers the pause it wants. */
  private Duration run(PeriodicJob job, Leases.Lease lease) {
    statuses.computeIfPresent(job.name(), (k, s) -> s.started(clock.instant()));
    Duration next = job.interval();
    String outcome = "FAILED";
    String error = null;
    try {
      JobOutcome done = job.run();
      next = done.pauseOr(job.interval());
      outcome = "DONE";
      if (done.done() > 0) {
        LOG.info(() -> "Job " + job.name() + ": " + done.done());
      }
    } catch (Throwable e) {
      error = e.toString();
      LOG.log(Level.WARNING, "Job " + job.name() + " failed; will run again", e);
    } finally {
      String o = outcome;
      String err = error;
      statuses.computeIfPresent(job.name(), (k, s) -> s.finished(clock.instant(), o, err));
      try {
        if (lease != null) {
          leases.release(lease, next, outcome, error);
        }
      } finally {
        // Counted after the lease is given back, and also when that fails (the database down).
        metrics.ran(job.name(), "FAILED".equals(o));
      }
    }
    return next;
  }

  private Duration poll(PeriodicJob job) {
    Duration poll = Duration.ofSeconds(pollSeconds);
    return job.interval().compareTo(poll) < 0 ? job.interval() : poll;
  }

  /**
   * Where a job stands on this instance: its next run, and whether one is under way or asked for.
   */
  private static final class Slot {
    long generation;
    ScheduledFuture<?> next;
    boolean running;
    boolean again;
  }

  @PreDestroy
  void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
