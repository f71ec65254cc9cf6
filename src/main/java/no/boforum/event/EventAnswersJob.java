package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;

/**
 * Deletes the answers to hosts' questions (dietary and accessibility needs, the free answer) the
 * number of days after each event that its host chose: they are health-near personal data, needed
 * only to prepare the day. Hourly, on one instance.
 */
@ApplicationScoped
public class EventAnswersJob implements PeriodicJob {
  @Inject RegistrationRepository registrations;
  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "event-answers";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  public Duration firstRunIn() {
    return Duration.ofMinutes(2);
  }

  @Override
  @Transactional
  public JobOutcome run() {
    return JobOutcome.did(clearDue());
  }

  /** Clears what is due; answers how many registrations lost their answers. */
  @Transactional
  public int clearDue() {
    return registrations.clearOldAnswers(EventTimes.now(clock), LocalDateTime.now(clock));
  }
}
