package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationService;
import no.boforum.matching.PostingDetails;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;

/**
 * What conversations tell people: a message, or contact details shared, reaches the editors of the
 * other side. The notice names the organisation that wrote and the posting, and links to the
 * conversation; it carries neither the text nor the writer's name (a mail is read by whoever reads
 * that mailbox).
 */
@ApplicationScoped
public class ConversationNotices implements NotificationKinds {
  static final NotificationKind MESSAGE =
      new NotificationKind("matching.message", Delivery.IMMEDIATE);

  @Inject Notifications notifications;
  @Inject OrganisationService organisations;

  @Override
  public List<NotificationKind> kinds() {
    return List.of(MESSAGE);
  }

  @Override
  public int order() {
    return 45;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void told(
      Conversation c,
      PostingDetails posting,
      long fromOrganisation,
      long toOrganisation,
      long actor,
      ConversationMessage line) {
    String from = organisations.find(fromOrganisation).map(o -> o.name()).orElse("");
    Notice notice =
        Notice.of(
                MESSAGE,
                new Notice.Subject(
                    "conversation",
                    String.valueOf(c.getId()),
                    posting.title(),
                    ConversationViews.path(posting.id(), c.getId())))
            .variant(line.getKind() == ConversationMessage.Kind.SHARED ? "shared" : null)
            .argument(from)
            .by(actor)
            .once("line:" + line.getId());
    notifications.send(notice, organisations.memberIds(toOrganisation, MembershipRole.EDITOR));
  }
}
