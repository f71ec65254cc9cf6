package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationService;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;

/**
 * Reminds the hosts of a past event that they have not closed it with its findings: {@value
 * #FIRST_DAYS} and {@value #SECOND_DAYS} days after it ended, once each, to the editors of the host
 * organisation, through notifications (kind {@code event.closing}). Hourly, on one instance.
 */
@ApplicationScoped
public class EventCloseReminderJob implements PeriodicJob, NotificationKinds {
  static final NotificationKind CLOSING = new NotificationKind("event.closing", Delivery.IMMEDIATE);

  static final int FIRST_DAYS = 3;
  static final int SECOND_DAYS = 7;

  /**
   * Older events are left alone: they ended before reminders existed, or their hosts let both
   * reminders pass.
   */
  static final int RECENT_DAYS = 30;

  private static final Logger LOG = Logger.getLogger(EventCloseReminderJob.class.getName());

  @PersistenceContext EntityManager em;
  @Inject EventRepository events;
  @Inject OrganisationService organisations;
  @Inject Notifications notifications;
  @Inject EventCloseReminderJob self;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "event-close-reminder";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  @Override
  public Duration firstRunIn() {
    return Duration.ofMinutes(3);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(remindDue());
  }

  /** Sends the reminders that are due; answers how many events they were about. */
  public int remindDue() {
    LocalDateTime oslo = EventTimes.now(clock);
    Map<Long, Integer> due = new LinkedHashMap<>();
    LocalDateTime since = oslo.minusDays(RECENT_DAYS);
    for (Long id : ended(since, oslo.minusDays(FIRST_DAYS), 0)) {
      due.put(id, 1);
    }
    for (Long id : ended(since, oslo.minusDays(SECOND_DAYS), 1)) {
      due.put(id, 2);
    }
    int told = 0;
    for (Map.Entry<Long, Integer> d : due.entrySet()) {
      try {
        self.remind(d.getKey(), d.getValue());
        told++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The close reminder of event " + d.getKey() + " failed", e);
      }
    }
    return told;
  }

  /** Published events that ended between the two times and were reminded so many times. */
  private List<Long> ended(LocalDateTime since, LocalDateTime before, int remindersSoFar) {
    return em.createQuery(
            "SELECT e.id FROM ForumEvent e WHERE e.state = :p AND e.endsAt < :before"
                + " AND e.endsAt >= :since AND e.afterwards.reminders = :n",
            Long.class)
        .setParameter("p", EventState.PUBLISHED)
        .setParameter("since", since)
        .setParameter("before", before)
        .setParameter("n", remindersSoFar)
        .getResultList();
  }

  @Transactional
  public void remind(long eventId, int reminder) {
    ForumEvent e = events.lock(eventId);
    if (e.getState() != EventState.PUBLISHED || e.afterwards().getReminders() >= reminder) {
      return;
    }
    notifications.send(
        Notice.of(
                CLOSING,
                new Notice.Subject(
                    "event",
                    String.valueOf(e.getId()),
                    e.getTitle(),
                    "events/" + e.getSlug() + "/close"))
            .once("close:" + e.getId() + ":" + reminder),
        organisations.memberIds(e.getHostOrganisationId(), MembershipRole.EDITOR));
    e.afterwards().setReminders(reminder);
  }

  @Override
  public List<NotificationKind> kinds() {
    return List.of(CLOSING);
  }

  @Override
  public int order() {
    return 20;
  }
}
