package no.boforum.matching.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationService;
import no.boforum.matching.MatchingChanges;
import no.boforum.matching.MatchingRepository;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.SuggestedMatch;
import no.boforum.matching.SuggestedMatch.Reason;
import no.boforum.matching.search.SuggestedMatches;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;

/**
 * Tells the editors of the other side of a new need or offer that it fits one of theirs: for each
 * of the ten best current postings that share a target group with it (a theme or words in common
 * alone are too weak to tell anyone about: they would tell most organisations of most postings),
 * the editors of its organisation, once per new posting each, about the best fitting of their own.
 * By default in the daily digest.
 */
@ApplicationScoped
public class FitNotices implements NotificationKinds {
  static final NotificationKind FIT = new NotificationKind("matching.fit", Delivery.DAILY);

  /** How many of the best fitting postings' organisations are told. */
  static final int TOLD = 10;

  @Inject MatchingService matching;
  @Inject MatchingRepository repository;
  @Inject SuggestedMatches suggestions;
  @Inject OrganisationService organisations;
  @Inject Notifications notifications;

  Clock clock = Clock.systemUTC();

  @Override
  public List<NotificationKind> kinds() {
    return List.of(FIT);
  }

  @Override
  public int order() {
    return 60;
  }

  /**
   * Tells the other side of posting {@code id} and marks it told; a closed or vanished posting is
   * marked without telling. Returns how many people were told.
   *
   * @throws no.boforum.search.SearchUnavailableException when the index cannot answer: nothing is
   *     marked, and the next run tries again
   */
  @Transactional
  public int tell(long id) {
    PostingDetails p = matching.find(id).orElse(null);
    int told = 0;
    if (p != null && p.state().isCurrent()) {
      Notice.Subject subject =
          new Notice.Subject(MatchingChanges.KIND, String.valueOf(id), p.title(), p.path());
      for (SuggestedMatch fit : suggestions.otherSide(p, TOLD)) {
        if (sharesTargetGroup(fit) && fit.posting().organisation() != null) {
          told +=
              notifications.send(
                  Notice.of(FIT, subject)
                      .variant(p.side().name())
                      .argument(fit.posting().title())
                      .once("fit-" + id),
                  organisations.memberIds(
                      fit.posting().organisation().id(), MembershipRole.EDITOR));
        }
      }
    }
    repository.markFitsTold(id, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    return told;
  }

  /** Marks a posting told without telling anyone (its telling failed). */
  @Transactional
  public void giveUp(long id) {
    repository.markFitsTold(id, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
  }

  /** Whom it is for says most: a theme or words alone are too weak to tell anyone about. */
  static boolean sharesTargetGroup(SuggestedMatch fit) {
    return fit.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.TARGET_GROUP);
  }
}
