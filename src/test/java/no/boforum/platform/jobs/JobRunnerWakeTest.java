package no.boforum.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A per-instance job woken by {@link JobRunner#wake} runs now instead of at its next turn (an hour
 * away here), and wakes during a run make one more run, not one each. The waits are patience for a
 * loaded machine, never a measure of speed.
 */
class JobRunnerWakeTest {
  static final long PATIENCE_SECONDS = 60;
  final JobRunner runner = new JobRunner();

  {
    // Counted nowhere: the metrics registry is the container's (MetricsIT reads the counts).
    runner.metrics =
        new JobMetrics() {
          @Override
          void register(String job) {}

          @Override
          void ran(String job, boolean failed) {}
        };
  }

  /** A job due in an hour that counts its runs; each run waits for a permit when told to. */
  static class HourlyJob implements PeriodicJob {
    final AtomicInteger runs = new AtomicInteger();
    final Semaphore finished = new Semaphore(0);
    volatile CountDownLatch started = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public String name() {
      return "hourly";
    }

    @Override
    public Duration interval() {
      return Duration.ofHours(1);
    }

    @Override
    public Duration firstRunIn() {
      return Duration.ofHours(1);
    }

    @Override
    public Scope scope() {
      return Scope.PER_INSTANCE;
    }

    @Override
    public JobOutcome run() {
      runs.incrementAndGet();
      started.countDown();
      try {
        release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      finished.release();
      return JobOutcome.did(1);
    }
  }

  /** A job that counts how many of its runs are under way at once. */
  static final class OverlapJob extends HourlyJob {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    @Override
    public JobOutcome run() {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      for (int i = 0; i < 1_000; i++) {
        Thread.yield(); // long enough for wakes to come in during the run
      }
      inFlight.decrementAndGet();
      return super.run();
    }
  }

  @AfterEach
  void stop() {
    runner.stop();
  }

  @Test
  void aWokenJobRunsNowRatherThanAtItsNextTurn() throws InterruptedException {
    HourlyJob job = new HourlyJob();
    runner.threadCount = 2;
    runner.begin(List.of(job), Executors.defaultThreadFactory());
    assertEquals(0, job.runs.get(), "due in an hour");
    runner.wake("hourly");
    assertTrue(job.finished.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "woken, it ran");
    assertEquals(1, job.runs.get());
    runner.wake("no-such-job");
  }

  @Test
  void wakesDuringARunMakeOneMoreRun() throws InterruptedException {
    HourlyJob job = new HourlyJob();
    job.release = new CountDownLatch(1);
    runner.threadCount = 2;
    runner.begin(List.of(job), Executors.defaultThreadFactory());
    runner.wake("hourly");
    assertTrue(job.started.await(PATIENCE_SECONDS, TimeUnit.SECONDS), "the first run began");
    for (int i = 0; i < 5; i++) {
      runner.wake("hourly");
    }
    job.release.countDown();
    assertTrue(job.finished.tryAcquire(2, PATIENCE_SECONDS, TimeUnit.SECONDS), "a second run");
    assertEquals(2, job.runs.get(), "five wakes during the run made one more run");
  }

  @Test
  void wakesFromManyThreadsNeverRunAJobTwiceAtOnce() throws InterruptedException {
    OverlapJob job = new OverlapJob();
    runner.threadCount = 4;
    runner.begin(List.of(job), Executors.defaultThreadFactory());
    List<Thread> wakers = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread waker =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  runner.wake("hourly");
                  Thread.yield();
                }
              });
      wakers.add(waker);
      waker.start();
    }
    for (Thread waker : wakers) {
      waker.join();
    }
    // The wakers may all have finished before the first run did (seen once in the suite): the last
    // wake then falls during that run and makes a second one, which is waited for.
    int before = Math.max(1, job.runs.get());
    runner.wake("hourly");
    assertTrue(
        job.finished.tryAcquire(before + 1, PATIENCE_SECONDS, TimeUnit.SECONDS),
        "the last wake ran");
    assertTrue(job.runs.get() > 1, "the wakes ran the job: " + job.runs.get());
    assertEquals(1, job.most.get(), "never two runs at once");
  }
}
