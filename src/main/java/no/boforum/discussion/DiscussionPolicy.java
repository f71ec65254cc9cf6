package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.Policy;

/**
 * Who takes part in discussions: anyone logged in posts (reading public threads needs no login);
 * authors edit and delete their own posts; the asker of a question, or a moderator, accepts
 * answers. Identity has no suspension yet: when it has, a suspended caller may not participate.
 */
@ApplicationScoped
public class DiscussionPolicy implements Policy<DiscussionAction> {
  /** Who wrote a post. */
  public record Author(long userId) {}

  /** Who asked the question of a thread. */
  public record Asker(long userId) {}

  @Override
  public Class<DiscussionAction> actions() {
    return DiscussionAction.class;
  }

  @Override
  public boolean allows(Caller caller, DiscussionAction action, Object resource) {
    return switch (action) {
      case PARTICIPATE -> caller.isAuthenticated();
      case CHANGE_POST -> resource instanceof Author a && caller.userId().equals(a.userId());
      case ACCEPT ->
          resource instanceof Asker a
              && (caller.userId().equals(a.userId()) || Area.MODERATION.admits(caller));
    };
  }
}
