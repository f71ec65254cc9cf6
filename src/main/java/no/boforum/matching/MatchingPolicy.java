package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import no.boforum.identity.Caller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;

/**
 * The rules about needs and offers: anyone reads them (they are public); an organisation's editors
 * write its own, as they do its practices. A suspended person writes none.
 */
@ApplicationScoped
public class MatchingPolicy implements Policy<MatchingAction> {
  @Override
  public Class<MatchingAction> actions() {
    return MatchingAction.class;
  }

  @Override
  public boolean allows(Caller caller, MatchingAction action, Object resource) {
    return switch (action) {
      case WRITE ->
          caller.holds(MembershipRole.EDITOR, Policy.organisation(resource))
              && !caller.isSuspended();
    };
  }
}
