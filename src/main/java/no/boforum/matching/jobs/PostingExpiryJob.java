package no.boforum.matching.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import no.boforum.matching.MatchingRepository;
import no.boforum.matching.MatchingService;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;

/**
 * Marks open needs and offers (and those in dialogue) as expired once their expiry date has passed,
 * each in a transaction of its own, so that the board and search stop offering them.
 */
@ApplicationScoped
public class PostingExpiryJob implements PeriodicJob {
  static final int BATCH = 200;

  @Inject MatchingRepository repository;
  @Inject MatchingService matching;

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
    int expired = 0;
    for (long id : repository.dueToExpire(LocalDate.now(ZoneId.of("Europe/Oslo")), BATCH)) {
      if (matching.expireIfDue(id)) {
        expired++;
      }
    }
    return JobOutcome.did(expired);
  }
}
