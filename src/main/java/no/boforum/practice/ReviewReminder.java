package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.OrganisationService.Recipient;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the editors of an organisation, once, when one of its published practices has not been
 * reviewed for {@link PracticeViews#REVIEW_MONTHS} months. The flag also shows on their list of
 * practices until one of them confirms the practice, or someone who may publish it saves it. A
 * cluster-once job: when several instances start together, one of them reminds.
 */
@ApplicationScoped
public class ReviewReminder implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(ReviewReminder.class.getName());
  static final int LISTED = 20;

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
   * Tells the editors of every organisation with practices due for review, one mail per editor and
   * organisation (the practice itself when there is one, a list of up to {@value #LISTED} when
   * there are more); returns how many practices. One organisation per transaction.
   */
  public int remindDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime cutoff = now.minusMonths(PracticeViews.REVIEW_MONTHS);
    int total = 0;
    for (Long owner : repository.ownersDueForReview(cutoff)) {
      try {
        total += self.remindOwner(owner, cutoff, now);
      } catch (RuntimeException e) {
        // One organisation's failure must not keep the others from being told.
        LOG.log(Level.WARNING, "Review reminder for organisation " + owner + " failed", e);
      }
    }
    return total;
  }

  /** Reminds one owner's editors (none when the practices have no owner) and marks them told. */
  @Transactional
  public int remindOwner(Long owner, LocalDateTime cutoff, LocalDateTime now) {
    if (owner != null) {
      List<Object[]> listed = repository.dueForReview(owner, cutoff, LISTED);
      long count = repository.countDueForReview(owner, cutoff);
      for (Recipient r : organisations.contentEditors(owner)) {
        Locale locale = Messages.locale(r.language());
        if (count == 1) {
          mail.queue(
              r.email(),
              Messages.format(locale, "practice.review.mail.subject", listed.get(0)[1]),
              Messages.format(
                  locale,
                  "practice.review.mail.body",
                  r.name(),
                  listed.get(0)[1],
                  link("practices/" + listed.get(0)[0]),
                  PracticeViews.REVIEW_MONTHS));
        } else if (count > 1) {
          mail.queue(
              r.email(),
              Messages.format(locale, "practice.review.digest.subject", count),
              Messages.format(
                  locale,
                  "practice.review.digest.body",
                  r.name(),
                  count,
                  PracticeViews.REVIEW_MONTHS,
                  list(listed),
                  count - listed.size(),
                  link("my/practices")));
        }
      }
    }
    return repository.markRemindedOfReview(owner, cutoff, now);
  }

  private String list(List<Object[]> practices) {
    StringBuilder text = new StringBuilder();
    for (Object[] p : practices) {
      text.append("- ").append(p[1]).append(": ").append(link("practices/" + p[0])).append('\n');
    }
    return text.toString();
  }

  private String link(String path) {
    return PublicUrls.base(publicUrl) + path;
  }
}
