package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.boforum.identity.Action;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;

/**
 * The rules about practices: an organisation's editors change its practices, its members see the
 * unpublished ones, and moderators review them all (the review queue is moderation's page).
 */
@ApplicationScoped
public class PracticePolicy implements Policy<PracticeAction> {
  @Override
  public Class<PracticeAction> actions() {
    return PracticeAction.class;
  }

  @Override
  public boolean allows(Caller caller, PracticeAction action, Object resource) {
    Long organisation = Policy.organisation(resource);
    return switch (action) {
      case EDIT -> caller.holds(MembershipRole.EDITOR, organisation);
      case VIEW_UNPUBLISHED -> caller.holds(MembershipRole.MEMBER, organisation);
      case REVIEW -> Area.MODERATION.admits(caller);
    };
  }

  @Override
  public Map<String, Action> pages() {
    return Map.of("/my/review", PracticeAction.REVIEW);
  }
}
