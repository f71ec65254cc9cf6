package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox indexer as a job of every instance (several instances drain one outbox side by side,
 * each claiming rows with {@code SKIP LOCKED}): a run every few seconds while all is well, and an
 * exponential back-off (up to a ceiling) while Elasticsearch is failing, answered to the platform's
 * job runner as the pause before the next run. The runner's pool keeps the indexer off the
 * container's single scheduler thread, where a long daily job once held back every publication.
 */
@ApplicationScoped
public class IndexerScheduler implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(IndexerScheduler.class.getName());

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
  private final Map<String, Backoff> kindBackoff = new ConcurrentHashMap<>();
  private volatile boolean healthy;

  @Override
  public String name() {
    return "search-indexer";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  @Override
  public Scope scope() {
    return Scope.PER_INSTANCE;
  }

  /**
   * One drain of every kind; while the index fails, the answer asks for the back-off's pause. A
   * failure of anything else escapes to the runner, which logs it and runs again after the
   * interval.
   */
  @Override
  public JobOutcome run() {
    return drain(Instant.now(clock));
  }

  /** Whether the last attempt to reach the index succeeded. */
  public boolean isHealthy() {
    return healthy;
  }

  private JobOutcome drain(Instant now) {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty()) {
      return JobOutcome.did(0).nextIn(searchFailed(now, "not reachable"));
    }
    try {
      int done = 0;
      for (SearchableKind kind : kinds.all()) {
        done += drainKind(es.get(), kind, now);
      }
      if (!healthy) {
        LOG.info("Search index is in step with the database");
      }
      healthy = true;
      backoff.reset();
      return JobOutcome.did(done);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      searchClient.reset(es.get());
      return JobOutcome.did(0).nextIn(searchFailed(now, e.getMessage()));
    } catch (ElasticsearchException | SearchUnavailableException e) {
      // The server answered but cannot take the work now: keep the connection, back off.
      return JobOutcome.did(0).nextIn(searchFailed(now, e.getMessage()));
    }
  }

  /**
   * One kind's index and rows. A failure that is not the index's (the kind's own documents, its
   * table, or the database) backs off that kind alone: it holds back no other kind, and search is
   * not degraded by it.
   */
  private int drainKind(ElasticsearchClient es, SearchableKind kind, Instant now)
      throws IOException {
    Backoff own = kindBackoff.computeIfAbsent(kind.name(), k -> new Backoff());
    if (!own.mayTry(now)) {
      return 0;
    }
    int done = 0;
    try {
      index.ensureExists(es, kind);
      int batch;
      do {
        batch = indexer.drainBatch(es, kind);
        done += batch;
      } while (batch == OutboxIndexer.BATCH);
      own.reset();
    } catch (RuntimeException e) {
      if (isAboutTheIndex(e)) {
        throw e;
      }
      Duration wait = own.failed(now, Duration.ofSeconds(maxBackoffSeconds));
      LOG.log(
          Level.WARNING,
          "Indexing " + kind.name() + " failed; next try in " + wait.toSeconds() + " s",
          e);
    }
    return done;
  }

  /**
   * A failure of the index as a whole (unreachable, overloaded, a server error), as against a
   * request of one kind that the server refused (a 4xx such as a bad mapping): that is the kind's.
   */
  private static boolean isAboutTheIndex(RuntimeException e) {
    if (e instanceof ElasticsearchException es) {
      return es.status() == 429 || es.status() >= 500;
    }
    return e instanceof SearchUnavailableException
        || e instanceof IllegalStateException
        || e instanceof UncheckedIOException;
  }

  /** Marks search degraded and answers the pause before the next try. */
  private Duration searchFailed(Instant now, String why) {
    Duration wait = backoff.failed(now, Duration.ofSeconds(maxBackoffSeconds));
    if (healthy || backoff.failures() == 1) {
      LOG.warning(
          () -> "Search indexing paused (" + why + "); next try in " + wait.toSeconds() + " s");
    }
    healthy = false;
    return wait;
  }
}
