package no.boforum.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.boforum.discussion.DiscussionAccess;
import no.boforum.discussion.DiscussionMarks.Level;
import no.boforum.discussion.DiscussionService;
import no.boforum.discussion.Discussions;
import no.boforum.discussion.Post;
import no.boforum.discussion.PostState;
import no.boforum.discussion.PostView;
import no.boforum.discussion.ThreadDetails;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;

/**
 * Backs {@code discussion/thread.xhtml}, reached as {@code /discussions/<id>-<slug>}: the question,
 * its accepted answers, the replies in pages, and for a logged-in reader the reply form (with a
 * preview, and a quote chosen by {@code ?quote=<post>}), their own posts' edit form ({@code
 * ?edit=<post>}), helpful and accept buttons, and follow or mute. The thread is read from the
 * {@code id} parameter the servlet's forward adds, on a GET and on a postback alike.
 */
@Named
@RequestScoped
public class ThreadView {
  static final int PAGE_SIZE = 20;
  static final String REPLY_FORM = "reply";

  @Inject DiscussionService discussions;
  @Inject Discussions writes;
  @Inject DiscussionForms forms;
  @Inject MarkdownRenderer markdown;
  @Inject DiscussionAccess access;

  private ThreadDetails thread;
  private List<PostView> replies = List.of();
  private Paging paging = Paging.of(1, 0, PAGE_SIZE);
  private long replyTotal;
  private String body;
  private Long quote;
  private Long editing;
  private String editBody;
  private long editVersion;
  private String previewHtml;

  private HttpServletRequest request;

  @PostConstruct
  void init() {
    // The request the servlet forwarded, with the id it added (the injected one is the original).
    request = FacesMessages.request();
    Long id = number(request.getParameter("id"));
    thread = id == null ? null : discussions.find(id).orElse(null);
    if (thread == null) {
      return;
    }
    long total = discussions.countReplies(id);
    replyTotal = total;
    paging = Paging.of(Paging.pageParameter(request.getParameter("page")), total, PAGE_SIZE);
    replies = discussions.replies(id, paging.offset(), PAGE_SIZE);
    quote = shown(number(request.getParameter("quote"))).map(PostView::id).orElse(null);
    shown(number(request.getParameter("edit")))
        .filter(PostView::mine)
        .ifPresent(
            p -> {
              editing = p.id();
              editBody = p.body();
              Long read = number(request.getParameter("version"));
              editVersion = read == null ? p.version() : read;
            });
  }

  /** The view action: an unknown thread is a 404; a reader's page marks what they have seen. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (thread == null) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    long newest =
        Stream.concat(Stream.of(thread.question()), replies.stream())
            .mapToLong(PostView::id)
            .max()
            .orElse(thread.question().id());
    writes.markRead(thread.id(), newest);
  }

  /** A post shown on this page (the question, an accepted answer or a reply of this page). */
  private Optional<PostView> shown(Long postId) {
    if (postId == null) {
      return Optional.empty();
    }
    return Stream.of(List.of(thread.question()), thread.accepted(), replies)
        .flatMap(List::stream)
        .filter(p -> p.id() == postId)
        .findFirst();
  }

  public String reply() throws IOException {
    return forms.submit(
        REPLY_FORM,
        "discussion.replied",
        () -> {
          Post p = writes.reply(thread.id(), body, quote);
          if (p.getState() == PostState.PENDING) {
            forms.tell("discussion.pending.sent");
          }
          long pages =
              Paging.of(Integer.MAX_VALUE, discussions.countReplies(thread.id()), PAGE_SIZE)
                  .pages();
          return address(pages) + "#post-" + p.getId();
        });
  }

  /** Shows the reply as it will look, keeping the form as typed. */
  public String preview() {
    previewHtml = markdown.toSafeHtml(body);
    return null;
  }

  public String saveEdit() throws IOException {
    // The edit form repeats with the posts, so its problems are shown on top of the page.
    return forms.submit(
        null,
        "discussion.edited.saved",
        () -> {
          writes.edit(editing, editBody, editVersion);
          return address(paging.page()) + "#post-" + editing;
        });
  }

  public String delete(long postId) throws IOException {
    return forms.submit(
        null,
        "discussion.deleted",
        () -> {
          writes.delete(postId);
          return address(paging.page()) + "#post-" + postId;
        });
  }

  public String helpful(long postId, boolean helpful) throws IOException {
    return forms.submit(
        null,
        helpful ? "discussion.helpful.marked" : "discussion.helpful.unmarked",
        () -> {
          writes.markHelpful(postId, helpful);
          return address(paging.page()) + "#post-" + postId;
        });
  }

  public String accept(long postId, boolean accepted) throws IOException {
    return forms.submit(
        null,
        accepted ? "discussion.accepted.marked" : "discussion.accepted.unmarked",
        () -> {
          writes.accept(postId, accepted);
          return address(paging.page()) + "#post-" + postId;
        });
  }

  /** Until when the logged-in reader is suspended, or null. */
  public String getSuspendedUntil() {
    return access.suspendedUntil();
  }

  /** Follows (FOLLOWING), mutes (MUTED) or leaves the thread to itself (NONE). */
  public String follow(String level) throws IOException {
    return forms.submit(
        null,
        "discussion.reading." + level,
        () -> {
          writes.follow(thread.id(), level.equals("NONE") ? null : Level.valueOf(level));
          return address(paging.page());
        });
  }

  /** The thread's address at a page of its replies. */
  String address(long page) {
    return "/" + thread.path() + (page > 1 ? "?page=" + page : "");
  }

  public String pageLink(int n) {
    return request.getContextPath() + address(n);
  }

  /** The address that opens the reply form quoting a post. */
  public String quoteLink(long postId) {
    return request.getContextPath()
        + "/"
        + thread.path()
        + "?"
        + (paging.page() > 1 ? "page=" + paging.page() + "&" : "")
        + "quote="
        + postId
        + "#reply";
  }

  /** The address that opens one's own post for editing. */
  public String editLink(long postId) {
    return request.getContextPath()
        + "/"
        + thread.path()
        + "?"
        + (paging.page() > 1 ? "page=" + paging.page() + "&" : "")
        + "edit="
        + postId
        + "#post-"
        + postId;
  }

  /** The post being quoted, if any. */
  public PostView getQuoted() {
    return shown(quote).orElse(null);
  }

  private static Long number(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public ThreadDetails getThread() {
    return thread;
  }

  public List<PostView> getReplies() {
    return replies;
  }

  public int getPage() {
    return paging.page();
  }

  public int getPages() {
    return paging.pages();
  }

  /** How many replies the thread has (counted once, in {@link #init}). */
  public long getReplyTotal() {
    return replyTotal;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getQuote() {
    return quote;
  }

  public Long getEditing() {
    return editing;
  }

  /** The version of the post being edited as the editor read it (sent back with the form). */
  public long getEditVersion() {
    return editVersion;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }
}
