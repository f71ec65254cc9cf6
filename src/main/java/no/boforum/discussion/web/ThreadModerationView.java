package no.boforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import no.boforum.discussion.Choices;
import no.boforum.discussion.FlagReason;
import no.boforum.discussion.Moderation;
import no.boforum.discussion.Moderation.ThreadChange;
import no.boforum.identity.LoginSession;
import no.boforum.platform.web.FacesMessages;

/**
 * The moderation forms of the thread page ({@code discussion/thread.xhtml}, beside {@link
 * ThreadView}): a reader's flag on a post, with its reason and note in fields named by the post's
 * id, and a moderator's lock, pin, close and move of the thread.
 */
@Named
@RequestScoped
public class ThreadModerationView {
  @Inject ThreadView page;
  @Inject Moderation moderation;
  @Inject DiscussionForms forms;

  private String moveTo;

  /** Flags a post with the reason and note chosen in its flag form. */
  public String flag(long postId) throws IOException {
    HttpServletRequest request = FacesMessages.request();
    return forms.submit(
        null,
        "discussion.flag.sent",
        () -> {
          moderation.flag(
              postId,
              Choices.parse(
                  FlagReason.class, "reason", request.getParameter("reason-" + postId), null),
              request.getParameter("flag-note-" + postId));
          return page.address(page.getPage()) + "#post-" + postId;
        });
  }

  /** A moderator locks, pins or closes the thread ({@code what}), or takes it back. */
  public String moderate(String what, boolean on) throws IOException {
    Boolean value = on;
    return change(
        new ThreadChange(
            what.equals("locked") ? value : null,
            what.equals("pinned") ? value : null,
            what.equals("closed") ? value : null,
            null));
  }

  /** A moderator moves the thread to the category chosen. */
  public String move() throws IOException {
    return change(new ThreadChange(null, null, null, moveTo));
  }

  private String change(ThreadChange change) throws IOException {
    return forms.submit(
        null,
        "moderation.thread.changed",
        () -> {
          moderation.change(
              page.getThread().id(), change, LoginSession.address(FacesMessages.request()));
          return page.address(page.getPage());
        });
  }

  public List<FlagReason> getFlagReasons() {
    return List.of(FlagReason.values());
  }

  /** The category a moderator moves the thread to; the thread's own at first. */
  public String getMoveTo() {
    return moveTo == null && page.getThread() != null ? page.getThread().category() : moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }
}
