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

  /**
   * Refuses (401) unless someone is logged in, who may post; a suspended person is told until when.
   */
  public Caller requireParticipate() {
    Caller caller = current.get();
    if (caller.isAuthenticated() && caller.isSuspended() && !caller.isAdministrator()) {
      throw PostingGuard.suspended(caller);
    }
    return authorization.require(DiscussionAction.PARTICIPATE);
  }

  /** The logged-in caller, suspended or not; a visitor is refused (401). */
  public Caller requireLoggedIn() {
    Caller caller = current.get();
    return caller.isAuthenticated() ? caller : authorization.require(DiscussionAction.PARTICIPATE);
  }

  /** Until when the logged-in caller is suspended, as people read it; null if they are not. */
  public String suspendedUntil() {
    Caller caller = current.get();
    return caller.isSuspended() ? PostingGuard.until(caller.suspendedUntil()) : null;
  }

  /** The current caller, for the standing facts that go with their posts and flags. */
  public Caller caller() {
    return current.get();
  }

  /** True if the caller moderates discussions: they see hidden and waiting posts. */
  public boolean mayModerate() {
    return authorization.allows(DiscussionAction.MODERATE);
  }

  /** Refuses unless the caller moderates discussions. */
  public Caller requireModerate() {
    return authorization.require(DiscussionAction.MODERATE);
  }

  /** True if the caller sees the text of a post that others do not (hidden or waiting). */
  public boolean seesWithheld(Post post) {
    Caller caller = current.get();
    return (caller.isAuthenticated() && post.getAuthorId().equals(caller.userId()))
        || mayModerate();
  }

  /**
   * True if the caller may read a thread with this question: a thread whose question waits for
   * approval, is hidden or was removed is its author's and the moderators' only, title and all (the
   * title may be what identifies someone). A question its author deleted leaves the thread
   * readable.
   */
  public boolean mayRead(Post question) {
    return question.isVisible() || seesWithheld(question);
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
    Caller current = this.current.get();
    if (current.isAuthenticated()
        && current.isSuspended()
        && post.getAuthorId().equals(current.userId())) {
      throw PostingGuard.suspended(current);
    }
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
    Caller caller = current.get();
    if (caller.isAuthenticated() && caller.isSuspended() && !caller.isAdministrator()) {
      throw PostingGuard.suspended(caller);
    }
    return authorization.require(
        DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(thread.getAuthorId()));
  }

  public boolean mayAccept(DiscussionThread thread) {
    return thread.getKind() == ThreadKind.QUESTION
        && authorization.allows(
            DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(thread.getAuthorId()));
  }
}
