package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.boforum.identity.Action;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.Policy;

/**
 * Who takes part in discussions: anyone logged in posts (reading public threads needs no login);
 * authors edit and delete their own posts; the asker of a question, or a moderator, accepts
 * answers; moderators moderate (the page {@code /moderation} is theirs). A suspended caller takes
 * no part until the suspension ends.
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
      case PARTICIPATE -> caller.isAuthenticated() && !caller.isSuspended();
      case CHANGE_POST ->
          resource instanceof Author a
              && caller.userId().equals(a.userId())
              && !caller.isSuspended();
      case ACCEPT ->
          resource instanceof Asker a
              && !caller.isSuspended()
              && (caller.userId().equals(a.userId()) || Area.MODERATION.admits(caller));
      case MODERATE -> Area.MODERATION.admits(caller);
    };
  }

  @Override
  public Map<String, Action> pages() {
    return Map.of("/moderation", DiscussionAction.MODERATE);
  }
}
