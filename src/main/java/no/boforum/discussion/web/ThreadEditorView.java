package no.boforum.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.boforum.discussion.DiscussionAccess;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.discussion.Discussions;
import no.boforum.discussion.Subjects;
import no.boforum.discussion.Subjects.Subject;
import no.boforum.discussion.ThreadData;
import no.boforum.discussion.ThreadKind;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.MarkdownRenderer;

/**
 * Backs {@code discussion/thread-new.xhtml}, reached as {@code /discussions/new}, optionally {@code
 * ?practice=<slug>} or {@code ?event=<slug>} to ask about one: the form for a new thread, with a
 * preview; what was typed stays on every refusal.
 */
@Named
@RequestScoped
public class ThreadEditorView {
  static final String FORM = "thread";

  @Inject Discussions writes;
  @Inject DiscussionAccess access;
  @Inject DiscussionForms forms;
  @Inject Subjects subjects;
  @Inject MarkdownRenderer markdown;
  @Inject HttpServletRequest request;

  private String kind = ThreadKind.QUESTION.name();
  private String title;
  private String category;
  private String practice;
  private String event;
  private String body;
  private String previewHtml;

  @PostConstruct
  void init() {
    practice = request.getParameter("practice");
    event = request.getParameter("event");
  }

  /** The view action: a visitor is asked to log in first, and comes back here. */
  public void check() throws IOException {
    if (access.mayParticipate() || access.caller().isAuthenticated()) {
      // A suspended person stays, and is told until when instead of the form.
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String query = request.getQueryString();
    String next = "/discussions/new" + (query == null ? "" : "?" + query);
    external.redirect(
        external.getRequestContextPath()
            + "/login?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
    faces.responseComplete();
  }

  /** Until when the logged-in reader is suspended, or null. */
  public String getSuspendedUntil() {
    return access.suspendedUntil();
  }

  public String save() throws IOException {
    return forms.submit(
        FORM,
        "discussion.started",
        () -> {
          ThreadKind k;
          try {
            k = ThreadKind.valueOf(kind);
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputProblem("kind", "discussion.kindRequired");
          }
          DiscussionThread started =
              writes.start(new ThreadData(k, title, category, practice, event, body));
          if (started.isHidden()) {
            forms.tell("discussion.pending.sent");
          }
          return "/" + DiscussionViews.path(started);
        });
  }

  /** Shows the first post as it will look, keeping the form as typed. */
  public String preview() {
    previewHtml = markdown.toSafeHtml(body);
    return null;
  }

  /** The practice or event asked about, if the address names one that exists. */
  public Subject getSubject() {
    try {
      if (practice != null && !practice.isBlank()) {
        return subjects.practice(subjects.practiceId(practice.strip())).orElse(null);
      }
      if (event != null && !event.isBlank()) {
        return subjects.event(subjects.eventId(event.strip())).orElse(null);
      }
    } catch (InputProblem e) {
      return null;
    }
    return null;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPractice() {
    return practice;
  }

  public void setPractice(String practice) {
    this.practice = practice;
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }
}
