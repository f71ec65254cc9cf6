package no.boforum.practice;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.OrganisationService.Recipient;
import no.boforum.platform.ApplicationStartup.DatabaseReady;
import no.boforum.platform.Schedules;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.taxonomy.TaxonomyImporter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the editors of an organisation, once, when one of its published practices has not been
 * reviewed for {@link PracticeViews#REVIEW_MONTHS} months. The flag also shows on their list of
 * practices until one of them confirms the practice, or someone who may publish it saves it.
 */
@ApplicationScoped
public class ReviewReminder {
  static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService executor;
  @Inject PracticeRepository repository;
  @Inject OrganisationService organisations;
  @Inject MailOutbox mail;
  @Inject ReviewReminder self;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "boforum.review.interval-hours", defaultValue = "24")
  int intervalHours;

  Clock clock = Clock.systemUTC();
  private ScheduledFuture<?> task;

  void onDatabaseReady(@Observes @Priority(TaxonomyImporter.PRIORITY + 20) DatabaseReady ready) {
    task =
        Schedules.every(
            executor,
            60,
            TimeUnit.HOURS.toSeconds(intervalHours),
            "Practices reminded of their review",
            self::remindDue);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /**
   * Queues a reminder for every practice that is due; returns how many practices. A batch at a
   * time, each in its own transaction: thousands of due practices in one would grow the persistence
   * context until every query crawls.
   */
  public int remindDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    int total = 0;
    int done;
    do {
      done = self.remindBatch(now);
      total += done;
    } while (done == BATCH);
    return total;
  }

  /** Reminds the next batch of due practices; returns how many. */
  @Transactional
  public int remindBatch(LocalDateTime now) {
    var due = repository.findDueForReminder(now.minusMonths(PracticeViews.REVIEW_MONTHS), BATCH);
    for (Practice p : due) {
      if (p.getOwnerOrganisationId() != null) {
        for (Recipient r : organisations.contentEditors(p.getOwnerOrganisationId())) {
          Locale locale = Messages.locale(r.language());
          mail.queue(
              r.email(),
              Messages.format(locale, "practice.review.mail.subject", p.getTitle()),
              Messages.format(
                  locale,
                  "practice.review.mail.body",
                  r.name(),
                  p.getTitle(),
                  (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/")
                      + "practices/"
                      + p.getSlug(),
                  PracticeViews.REVIEW_MONTHS));
        }
      }
      repository.markReminded(p.getId(), now);
    }
    return due.size();
  }
}
