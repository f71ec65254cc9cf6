package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The waiting lists' clock: offers that ran out pass to the next in line, and the seats of groups
 * whose release time came are given to whoever waits longest. Once a minute, on one instance; each
 * event in a transaction of its own, under its lock.
 */
@ApplicationScoped
public class EventSeatsJob implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(EventSeatsJob.class.getName());

  @Inject RegistrationRepository repository;
  @Inject RegistrationUpkeep upkeep;

  @Inject
  @ConfigProperty(name = "boforum.events.seats-interval-seconds", defaultValue = "60")
  int intervalSeconds;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "event-seats";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(runOnce());
  }

  /** One pass; answers how many registrations moved (offers ended plus seats given). */
  public int runOnce() {
    int moved = 0;
    for (long event : repository.eventsWithExpiredOffers(LocalDateTime.now(clock))) {
      try {
        moved += upkeep.expireOffers(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Expiring the offers of event " + event + " failed", e);
      }
    }
    for (long event : repository.releasedWithWaiting(EventTimes.now(clock))) {
      try {
        moved += upkeep.fill(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Giving the released seats of event " + event + " failed", e);
      }
    }
    return moved;
  }
}
