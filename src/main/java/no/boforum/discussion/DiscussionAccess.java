package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.identity.Authorization;
import no.boforum.identity.Caller;

/** What the current caller may do in discussions, asked of {@link Authorization}. */
@ApplicationScoped
public class DiscussionAccess {
  @Inject Authorization authorization;

  /** Refuses (401) unless someone is logged in, who may post. */
  public Caller requireParticipate() {
    return authorization.require(DiscussionAction.PARTICIPATE);
  }

  public boolean mayParticipate() {
    return authorization.allows(DiscussionAction.PARTICIPATE);
  }

  public Caller requireChange(Post post) {
    return authorization.require(
        DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(post.getAuthorId()));
  }

  public boolean mayChange(Post post) {
    return authorization.allows(
        DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(post.getAuthorId()));
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
