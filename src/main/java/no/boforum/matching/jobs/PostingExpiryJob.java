package no.boforum.matching.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.matching.PostingConfirmations;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;

/**
 * Expires current needs and offers whose expiry date has passed or whose owners did not confirm
 * them in time, then reminds the owners of those whose deadline is a week away, so that the board
 * and search stop offering what nobody stands behind. All that is due, in batches of {@value
 * #BATCH} by id; each posting in a transaction of its own, so one that fails is skipped (and tried
 * again next run) while the others go on.
 */
@ApplicationScoped
public class PostingExpiryJob implements PeriodicJob {
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(PostingExpiryJob.class.getName());

  @Inject PostingConfirmations confirmations;

  Clock clock = Clock.systemUTC();
  int batch = BATCH;

  @Override
  public String name() {
    return "matching-expiry";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(runAt(clock.instant()));
  }

  /** Expires, then reminds, what is due at {@code now}; answers how many postings it changed. */
  public int runAt(Instant now) {
    int expired =
        each(
            after -> confirmations.dueToExpire(now, after, batch),
            id -> confirmations.expireIfDue(id, now),
            "expire");
    int reminded =
        each(
            after -> confirmations.dueForReminder(now, after, batch),
            id -> confirmations.remindIfDue(id, now),
            "remind the owners of");
    return expired + reminded;
  }

  private int each(LongFunction<List<Long>> due, LongPredicate act, String what) {
    int done = 0;
    long after = 0;
    while (true) {
      List<Long> ids = due.apply(after);
      for (long id : ids) {
        try {
          if (act.test(id)) {
            done++;
          }
        } catch (RuntimeException e) {
          // One posting's failure must not keep the others waiting.
          LOG.log(Level.WARNING, "Could not " + what + " posting " + id, e);
        }
        after = id;
      }
      if (ids.size() < batch) {
        return done;
      }
    }
  }
}
