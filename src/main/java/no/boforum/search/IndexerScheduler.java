package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.ApplicationStartup.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox indexer in the background: a tick every few seconds while all is well, and an
 * exponential back-off (up to a ceiling) while Elasticsearch is failing.
 *
 * <p>The indexer has a thread of its own (from the container's managed thread factory). The
 * container's shared scheduler has a single thread: a long daily job on it (review reminders for
 * thousands of practices) once held back every publication from the index for minutes.
 */
@ApplicationScoped
public class IndexerScheduler {
  private static final Logger LOG = Logger.getLogger(IndexerScheduler.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject SearchClient searchClient;
  @Inject SearchKinds kinds;
  @Inject KindIndex index;
  @Inject OutboxIndexer indexer;

  @Inject
  @ConfigProperty(name = "boforum.indexer.interval-seconds")
  int intervalSeconds;

  @Inject
  @ConfigProperty(name = "boforum.indexer.max-backoff-seconds")
  int maxBackoffSeconds;

  private final Clock clock = Clock.systemUTC();
  private final Backoff backoff = new Backoff();
  private ScheduledExecutorService executor;
  private volatile boolean healthy;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    executor = Executors.newSingleThreadScheduledExecutor(threads);
    executor.scheduleWithFixedDelay(this::tick, 0, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Whether the last attempt to reach the index succeeded. */
  public boolean isHealthy() {
    return healthy;
  }

  void tick() {
    try {
      drain(Instant.now(clock));
    } catch (Throwable e) {
      // An escaping throwable would cancel the scheduled task for good.
      healthy = false;
      LOG.log(Level.SEVERE, "Indexer tick failed unexpectedly", e);
    }
  }

  private void drain(Instant now) {
    if (!backoff.mayTry(now)) {
      return;
    }
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty()) {
      searchFailed(now, "not reachable");
      return;
    }
    try {
      for (SearchableKind kind : kinds.all()) {
        drainKind(es.get(), kind);
      }
      if (!healthy) {
        LOG.info("Search index is in step with the database");
      }
      healthy = true;
      backoff.reset();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      searchClient.reset(es.get());
      searchFailed(now, e.getMessage());
    } catch (ElasticsearchException | SearchUnavailableException e) {
      // The server answered but cannot take the work now: keep the connection, back off.
      searchFailed(now, e.getMessage());
    } catch (RuntimeException e) {
      // Not the index: most likely the database. Search itself is not degraded by it.
      Duration wait = backoff.failed(now, Duration.ofSeconds(maxBackoffSeconds));
      LOG.log(Level.WARNING, "Outbox drain failed; next try in " + wait.toSeconds() + " s", e);
    }
  }

  /**
   * One kind's index and rows. A kind whose documents cannot be read (a failure of its own, not of
   * the index or the database connection) is logged and skipped, so it holds back no other kind.
   */
  private void drainKind(ElasticsearchClient es, SearchableKind kind) throws IOException {
    index.ensureExists(es, kind);
    try {
      while (indexer.drainBatch(es, kind) == OutboxIndexer.BATCH) {
        LOG.fine(() -> "Outbox batch of " + kind.name() + " indexed; more waiting");
      }
    } catch (ElasticsearchException
        | SearchUnavailableException
        | IllegalStateException
        | UncheckedIOException e) {
      throw e; // the index: the tick backs off as a whole
    } catch (RuntimeException e) {
      if (isDatabaseDown(e)) {
        throw e;
      }
      LOG.log(Level.WARNING, "Indexing " + kind.name() + " failed; the other kinds go on", e);
    }
  }

  private static boolean isDatabaseDown(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }

  private void searchFailed(Instant now, String why) {
    Duration wait = backoff.failed(now, Duration.ofSeconds(maxBackoffSeconds));
    if (healthy || backoff.failures() == 1) {
      LOG.warning(
          () -> "Search indexing paused (" + why + "); next try in " + wait.toSeconds() + " s");
    }
    healthy = false;
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
