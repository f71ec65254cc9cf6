package no.boforum.practice.web;

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
import java.util.List;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Decision;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.Paging;
import no.boforum.practice.PracticeEditing;
import no.boforum.practice.PracticeRevisions.RevisionView;
import no.boforum.practice.PracticeService;
import no.boforum.practice.RevisionDiff.FieldChange;
import no.boforum.practice.UnknownPracticeException;

/**
 * {@code /practices/<slug>/history?from=n&to=m}: the revisions of a practice for its insiders, and
 * the differences between two of them. Only GET: the two revisions to compare are in the address.
 */
@Named
@RequestScoped
public class PracticeHistoryView {
  @Inject PracticeEditing editing;
  @Inject PracticeService practices;
  @Inject Language language;
  private String slug;
  private String title;
  private List<RevisionView> revisions = List.of();
  private List<FieldChange> changes;
  private int from;
  private int to;
  private int status = 200;
  private boolean anonymous;
  private String problem;

  @PostConstruct
  void init() {
    HttpServletRequest req = FacesMessages.request();
    slug = req.getParameter("slug");
    try {
      revisions = slug == null ? List.of() : editing.history(slug);
    } catch (UnknownPracticeException e) {
      status = 404;
      return;
    } catch (AccessDeniedException e) {
      anonymous = e.decision() == Decision.NOT_AUTHENTICATED;
      status = 403;
      return;
    }
    if (revisions.isEmpty()) {
      status = 404;
      return;
    }
    title = practices.find(slug).map(p -> p.title()).orElse(slug);
    // Newest first: by default, the newest against the one before it.
    to = number(req.getParameter("to"), revisions.get(0).number());
    from = number(req.getParameter("from"), Math.max(1, to - 1));
    if (req.getParameter("to") != null || revisions.size() > 1) {
      compare();
    }
  }

  private void compare() {
    try {
      changes = editing.compare(slug, from, to, language.getTag());
    } catch (InputProblem p) {
      changes = null;
      problem = Messages.format(language.getLocale(), p.messageKey(), p.arguments());
    }
  }

  private static int number(String raw, int fallback) {
    return raw == null ? fallback : Paging.pageParameter(raw);
  }

  /** The view action: 404 for an unknown practice, login or 403 for those outside it. */
  public void check() throws IOException {
    if (status == 200) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (anonymous) {
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode("/practices/" + slug + "/history", StandardCharsets.UTF_8));
    } else {
      external.responseSendError(status, null);
    }
    faces.responseComplete();
  }

  /** The message of a comparison that could not be made, such as an unknown revision. */
  public String getProblem() {
    return problem;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }

  public List<FieldChange> getChanges() {
    return changes;
  }

  public int getFrom() {
    return from;
  }

  public int getTo() {
    return to;
  }
}
