package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;

/** What the current caller may do in discussions, asked of {@link Authorization}. */
@ApplicationScoped
public class DiscussionAccess {
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  /** Refuses (401) unless someone is logged in, who may post. */
  public Caller requireParticipate() {
    return authorization.require(DiscussionAction.PARTICIPATE);
  }

  public boolean mayParticipate() {
    return authorization.allows(DiscussionAction.PARTICIPATE);
  }

  /**
   * Refuses unless the caller wrote the post. Administrators pass every policy, but an edit or a
   * deletion here is shown as the author's own ("deleted by the author"): others' posts are changed
   * through moderation, which says who did it and logs it.
   */
  public Caller requireChange(Post post) {
    Caller caller =
        authorization.require(
            DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(post.getAuthorId()));
    if (!post.getAuthorId().equals(caller.userId())) {
      throw new AccessDeniedException(Decision.FORBIDDEN, DiscussionAction.CHANGE_POST);
    }
    return caller;
  }

  public boolean mayChange(Post post) {
    return authorization.allows(
            DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(post.getAuthorId()))
        && post.getAuthorId().equals(current.get().userId());
  }

  public Caller requireAccept(DiscussionThread thread) {
    return authorization.require(
        DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(thread.getAuthorId()));
  }

  public boolean mayAccept(DiscussionThread thread) {
    return thread.getKind() == ThreadKind.QUESTION
        && authorization.allows(
            DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(thread.getAuthorId()));
  }
}
