package no.boforum.matching.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.matching.MatchingRepository;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import no.boforum.search.SearchUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the other side of each new need or offer what fits it ({@link FitNotices}), a minute or so
 * after it is posted (by then the index holds what was posted before it), each posting in a
 * transaction of its own. While the index cannot answer, it waits and tries the same postings
 * again; a posting that fails otherwise is logged and marked, so that it never holds up the rest.
 */
@ApplicationScoped
public class PostingFitsJob implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(PostingFitsJob.class.getName());
  static final int BATCH = 50;
  static final Duration WAIT_FOR_INDEX = Duration.ofMinutes(5);

  /**
   * How old a posting must be before its other side is told: by then the index holds what was
   * posted just before it (the indexer runs every second or two), so two postings a moment apart
   * find each other.
   */
  static final Duration SETTLE = Duration.ofSeconds(10);

  Clock clock = Clock.systemUTC();

  @Inject MatchingRepository repository;
  @Inject FitNotices notices;

  @Inject
  @ConfigProperty(name = "boforum.matching.fits-interval-seconds")
  long intervalSeconds;

  @Override
  public String name() {
    return "matching-fits";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(Math.max(1, intervalSeconds));
  }

  @Override
  public JobOutcome run() {
    int told = 0;
    List<Long> untold =
        repository.fitsUntold(
            LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(SETTLE), BATCH);
    for (long id : untold) {
      try {
        told += notices.tell(id);
      } catch (SearchUnavailableException e) {
        return JobOutcome.did(told).nextIn(WAIT_FOR_INDEX);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not tell what fits posting " + id + "; left untold", e);
        notices.giveUp(id);
      }
    }
    // A full batch: more are waiting.
    return untold.size() == BATCH
        ? JobOutcome.did(told).nextIn(Duration.ZERO)
        : JobOutcome.did(told);
  }
}
