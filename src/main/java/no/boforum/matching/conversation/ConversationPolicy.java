package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import no.boforum.identity.Caller;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;

/**
 * Who sees a conversation: the editors (and administrators) of its two organisations, and the
 * platform's moderators once a party flagged it. Another organisation's editor gets in touch in its
 * own name, never the posting's. A suspended person reads but does not write.
 *
 * <p>Authorization lets the platform's administrators through every policy; {@link Conversations}
 * asks this policy again for them ({@link #allowsEvenAdministrators}), so that an administrator
 * reads a conversation only as a party or once it is flagged, like a moderator.
 */
@ApplicationScoped
public class ConversationPolicy implements Policy<ConversationAction> {
  @Override
  public Class<ConversationAction> actions() {
    return ConversationAction.class;
  }

  @Override
  public boolean allows(Caller caller, ConversationAction action, Object resource) {
    if (action == ConversationAction.MODERATE) {
      return caller.has(GlobalRole.MODERATOR);
    }
    if (!(resource instanceof Parties p)) {
      return false;
    }
    return switch (action) {
      case START ->
          p.owner() != p.writer()
              && caller.holds(MembershipRole.EDITOR, p.writer())
              && !caller.isSuspended();
      case READ -> party(caller, p) || (p.flagged() && caller.has(GlobalRole.MODERATOR));
      case TAKE_PART -> party(caller, p) && !caller.isSuspended();
      case MODERATE -> false;
    };
  }

  /** The rule itself, with an administrator taken as a moderator, not as everyone. */
  public boolean allowsEvenAdministrators(
      Caller caller, ConversationAction action, Parties parties) {
    if (!caller.isAdministrator()) {
      return allows(caller, action, parties);
    }
    return switch (action) {
      // An administrator writes only for an organisation it is an editor of, never in another's
      // name.
      case START ->
          parties.owner() != parties.writer()
              && caller.holds(MembershipRole.EDITOR, parties.writer());
      case MODERATE -> true;
      case READ -> parties.flagged() || party(caller, parties);
      case TAKE_PART -> party(caller, parties);
    };
  }

  /** An editor of one of the two organisations. */
  static boolean party(Caller caller, Parties p) {
    return caller.holds(MembershipRole.EDITOR, p.owner())
        || caller.holds(MembershipRole.EDITOR, p.writer());
  }
}
