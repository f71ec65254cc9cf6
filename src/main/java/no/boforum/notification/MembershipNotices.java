package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.MembershipChanged;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationService;

/**
 * Identity's notifications: a join request reaches the organisation's admins, and the answer the
 * person who asked. They live here, not in identity, because notifications build on identity (its
 * people and their languages): identity announces {@link MembershipChanged} and knows no more.
 */
@ApplicationScoped
public class MembershipNotices implements NotificationKinds {
  static final NotificationKind JOIN_REQUEST =
      new NotificationKind("identity.join-request", Delivery.IMMEDIATE);
  static final NotificationKind MEMBERSHIP =
      new NotificationKind("identity.membership", Delivery.IMMEDIATE);

  @Inject Notifications notifications;
  @Inject OrganisationService organisations;

  @Override
  public List<NotificationKind> kinds() {
    return List.of(JOIN_REQUEST, MEMBERSHIP);
  }

  @Override
  public int order() {
    return 50;
  }

  void changed(@Observes MembershipChanged c) {
    if (c.change() == MembershipChanged.Change.REQUESTED) {
      notifications.send(
          Notice.of(
                  JOIN_REQUEST,
                  new Notice.Subject(
                      "organisation",
                      String.valueOf(c.organisationId()),
                      c.name(),
                      "my/organisations"))
              .by(c.byUserId()),
          organisations.memberIds(c.organisationId(), MembershipRole.ADMIN));
    } else {
      notifications.send(
          Notice.of(
                  MEMBERSHIP,
                  new Notice.Subject(
                      "organisation",
                      String.valueOf(c.organisationId()),
                      c.name(),
                      "organisations/" + c.slug()))
              .variant(c.change().name())
              .by(c.byUserId()),
          List.of(c.userId()));
    }
  }
}
