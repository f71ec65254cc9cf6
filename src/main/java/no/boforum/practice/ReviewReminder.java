package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the editors of an organisation, once, when one of its published practices has not been
 * reviewed for {@link PracticeViews#REVIEW_MONTHS} months. The flag also shows on their list of
 * practices until one of them confirms the practice, or someone who may publish it saves it. It
 * tells through notifications (kind {@code practice.review}), which mail as each editor chose. A
 * cluster-once job: when several instances start together, one of them reminds.
 */
@ApplicationScoped
public class ReviewReminder implements PeriodicJob, NotificationKinds {
  private static final Logger LOG = Logger.getLogger(ReviewReminder.class.getName());

  /**
   * Practices told of per organisation and run; a larger backlog is marked all the same (each is
   * flagged on the editors' list of practices).
   */
  static final int LISTED = 100;

  static final NotificationKind REVIEW =
      new NotificationKind("practice.review", Delivery.IMMEDIATE);

  @Inject PracticeReviewsDue reviewsDue;
  @Inject OrganisationService organisations;
  @Inject Notifications notifications;
  @Inject ReviewReminder self;

  @Inject
  @ConfigProperty(name = "boforum.review.interval-hours", defaultValue = "24")
  int intervalHours;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "review-reminder";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(intervalHours);
  }

  @Override
  public Duration firstRunIn() {
    return Duration.ofMinutes(1);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(remindDue());
  }

  /**
   * Tells the editors of every organisation with practices due for review, a notification per
   * practice (their preferences decide whether and how it is mailed; the mail gathers them);
   * returns how many practices were marked. One organisation per transaction.
   */
  public int remindDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime cutoff = now.minusMonths(PracticeViews.REVIEW_MONTHS);
    int total = 0;
    for (Long owner : reviewsDue.ownersDueForReview(cutoff)) {
      try {
        total += self.remindOwner(owner, cutoff, now);
      } catch (RuntimeException e) {
        // One organisation's failure must not keep the others from being told.
        LOG.log(Level.WARNING, "Review reminder for organisation " + owner + " failed", e);
      }
    }
    return total;
  }

  /**
   * Tells one owner's editors of each practice due, at most {@value #LISTED} a run (the rest are
   * told on the next runs), and marks those told; with no owner, nobody is told and all are marked.
   */
  @Transactional
  public int remindOwner(Long owner, LocalDateTime cutoff, LocalDateTime now) {
    if (owner == null) {
      return reviewsDue.markRemindedOfReview(null, cutoff, now, null);
    }
    List<Long> editors = organisations.memberIds(owner, MembershipRole.EDITOR);
    List<String> told = new ArrayList<>();
    for (Object[] p : reviewsDue.dueForReview(owner, cutoff, LISTED)) {
      String slug = (String) p[0];
      notifications.send(
          Notice.of(
                  REVIEW, new Notice.Subject("practice", slug, (String) p[1], "practices/" + slug))
              .argument(String.valueOf(PracticeViews.REVIEW_MONTHS))
              .once("review:" + slug + ":" + now.toLocalDate()),
          editors);
      told.add(slug);
    }
    return reviewsDue.markRemindedOfReview(owner, cutoff, now, told);
  }

  @Override
  public List<NotificationKind> kinds() {
    return List.of(REVIEW);
  }

  @Override
  public int order() {
    return 10;
  }
}
