package no.boforum.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import no.boforum.discussion.Moderation;
import no.boforum.discussion.ModerationQueue;
import no.boforum.discussion.ModerationQueue.Item;
import no.boforum.discussion.ModeratorAction;
import no.boforum.identity.LoginSession;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;

/**
 * Backs {@code discussion/moderation.xhtml}, reached as {@code /moderation} (moderators only, by
 * the access filter): the queue in pages, and a form per post with a note to the author, the text
 * to change, and the decisions. The note and text are plain fields named by the post's id.
 */
@Named
@RequestScoped
public class ModerationView {
  static final int PAGE_SIZE = 20;

  @Inject ModerationQueue queue;
  @Inject Moderation moderation;
  @Inject DiscussionForms forms;

  private List<Item> items = List.of();
  private Paging paging = Paging.of(1, 0, PAGE_SIZE);
  private long total;
  private HttpServletRequest request;

  @PostConstruct
  void init() {
    request = FacesMessages.request();
    total = queue.count();
    paging = Paging.of(Paging.pageParameter(request.getParameter("page")), total, PAGE_SIZE);
    items = queue.list(paging.offset(), PAGE_SIZE);
  }

  /** Carries out a decision on the post, with the note and text typed in its form. */
  public String decide(long postId, String action) throws IOException {
    return forms.submit(
        null,
        "moderation.done." + action,
        () -> {
          moderation.decide(
              postId,
              ModeratorAction.valueOf(action),
              request.getParameter("note-" + postId),
              request.getParameter("body-" + postId),
              request.getParameter("title-" + postId),
              LoginSession.address(request));
          return "/moderation" + (paging.page() > 1 ? "?page=" + paging.page() : "");
        });
  }

  public String pageLink(int n) {
    return request.getContextPath() + "/moderation" + (n > 1 ? "?page=" + n : "");
  }

  public List<Item> getItems() {
    return items;
  }

  public int getPage() {
    return paging.page();
  }

  public int getPages() {
    return paging.pages();
  }

  public long getTotal() {
    return total;
  }
}
