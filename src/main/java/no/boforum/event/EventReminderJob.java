package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds people with a seat {@value #BEFORE_HOURS} hours before an event starts. The time is read
 * from the event as it is now, so a reminder planned for a time the event has moved from never goes
 * out (a move also clears the marks, so the new time gets its own reminder); someone who registered
 * inside the last {@value #BEFORE_HOURS} hours was just told everything and gets none.
 */
@ApplicationScoped
public class EventReminderJob implements PeriodicJob {
  static final int BEFORE_HOURS = 48;
  private static final Logger LOG = Logger.getLogger(EventReminderJob.class.getName());

  @Inject RegistrationRepository registrations;
  @Inject EventRepository events;
  @Inject RegistrationNotices notices;
  @Inject EventReminderJob self;

  @Inject
  @ConfigProperty(name = "boforum.events.reminder-interval-minutes", defaultValue = "15")
  int intervalMinutes;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "event-reminder";
  }

  @Override
  public Duration interval() {
    return Duration.ofMinutes(intervalMinutes);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(remindDue());
  }

  /** Sends the reminders that are due; answers how many. */
  public int remindDue() {
    LocalDateTime oslo = EventTimes.now(clock);
    int sent = 0;
    for (long event : registrations.eventsDueForReminder(oslo, oslo.plusHours(BEFORE_HOURS))) {
      try {
        sent += self.remindEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The reminders of event " + event + " failed", e);
      }
    }
    return sent;
  }

  @Transactional
  public int remindEvent(long eventId) {
    ForumEvent e = events.lock(eventId);
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime windowOpened =
        EventTimes.zoned(e.getStartsAt())
            .minusHours(BEFORE_HOURS)
            .withZoneSameInstant(ZoneOffset.UTC)
            .toLocalDateTime();
    int sent = 0;
    for (Registration r : registrations.unreminded(eventId)) {
      if (r.getConfirmedAt() != null && r.getConfirmedAt().isAfter(windowOpened)) {
        r.reminded(now);
      } else {
        notices.remind(r, now);
        sent++;
      }
    }
    return sent;
  }
}
