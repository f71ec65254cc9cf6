package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationService;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;
import no.boforum.platform.Conflict;

/**
 * A current need or offer stands while its owner confirms it every {@link ConfirmationPeriod}: the
 * owner's editors confirm (editing confirms too), are reminded once a period a week before the
 * deadline (kind {@code matching.confirm}), and the posting expires at the deadline, or when its
 * expiry date has passed. The job steps take the moment they act at, so a test can choose it.
 */
@ApplicationScoped
public class PostingConfirmations implements NotificationKinds {
  static final NotificationKind CONFIRM =
      new NotificationKind("matching.confirm", Delivery.IMMEDIATE);

  @Inject MatchingRepository repository;
  @Inject MatchingViews views;
  @Inject MatchingChanges changes;
  @Inject ConfirmationPeriod period;
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;
  @Inject Notifications notifications;

  Clock clock = Clock.systemUTC();

  /** "It is still current": the owner's editors start a new period. */
  @Transactional
  public PostingDetails confirm(long id) {
    Posting posting = repository.find(id);
    if (posting == null) {
      throw new UnknownPostingException(id);
    }
    authorization.require(MatchingAction.WRITE, posting.getOrganisationId());
    if (!posting.getState().isCurrent()) {
      throw new Conflict("matching.confirmation.notCurrent");
    }
    posting.confirm(utc(clock.instant()));
    repository.flush(); // the answer gives the version after this change
    return views.details(posting);
  }

  /** Current postings due for their reminder at {@code now}, after id {@code after}, in order. */
  public List<Long> dueForReminder(Instant now, long after, int size) {
    return repository.dueForReminder(period.remindIfConfirmedBy(utc(now)), after, size);
  }

  /** Current postings due to expire at {@code now}, after id {@code after}, in order. */
  public List<Long> dueToExpire(Instant now, long after, int size) {
    LocalDateTime t = utc(now);
    return repository.dueToExpire(
        MatchingService.today(now), period.overdueIfConfirmedBy(t), after, size);
  }

  /** Reminds the owner's editors once in the period, if due at {@code now}; true if it did. */
  @Transactional
  public boolean remindIfDue(long id, Instant now) {
    Posting p = repository.find(id);
    LocalDateTime t = utc(now);
    if (p == null
        || !p.reminderDue(period.remindIfConfirmedBy(t))
        || !repository.markReminded(id, p.getConfirmedAt(), t)) {
      return false;
    }
    LocalDate deadline = period.deadlineDate(p.getConfirmedAt());
    notifications.send(
        Notice.of(
                CONFIRM,
                new Notice.Subject(
                    MatchingChanges.KIND,
                    String.valueOf(id),
                    p.getTitle(),
                    MatchingViews.path(id, p.getTitle())))
            .argument(deadline.toString())
            .once("confirm:" + id + ":" + p.getConfirmedAt()),
        organisations.memberIds(p.getOrganisationId(), MembershipRole.EDITOR));
    return true;
  }

  /** Expires the posting if its date or its confirmation is overdue at {@code now}. */
  @Transactional
  public boolean expireIfDue(long id, Instant now) {
    Posting p = repository.find(id);
    LocalDateTime t = utc(now);
    if (p != null && p.expireIfDue(MatchingService.today(now), period.overdueIfConfirmedBy(t), t)) {
      changes.announce(id);
      return true;
    }
    return false;
  }

  private static LocalDateTime utc(Instant now) {
    return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  @Override
  public List<NotificationKind> kinds() {
    return List.of(CONFIRM);
  }

  @Override
  public int order() {
    return 60;
  }
}
