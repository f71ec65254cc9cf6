package no.boforum.matching.web;

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
import java.util.ArrayList;
import no.boforum.event.FindingSource;
import no.boforum.identity.CurrentCaller;
import no.boforum.matching.FilterParameters;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.Side;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /matching/new?side=need|offer} and {@code /matching/<id>/edit}: an organisation's editor
 * posts a need or an offer, or changes one. A problem is shown beside its field with everything
 * typed kept; the version read with the form travels in a hidden field, so a save made meanwhile is
 * reported, not overwritten.
 */
@Named
@RequestScoped
public class PostingEditorView {
  static final String FORM = "posting";
  static final int TITLE = 120;

  @Inject MatchingService matching;
  @Inject MatchingChoices choices;
  @Inject MatchingForms forms;
  @Inject CurrentCaller caller;

  private Long id;
  private PostingDetails editing;
  private Side side = Side.NEED;
  private PostingForm form = new PostingForm();
  private long version;
  private FindingSource fromFinding;

  @PostConstruct
  void init() {
    HttpServletRequest req = FacesMessages.request();
    String raw = req.getParameter("id");
    if (raw != null && raw.matches("\\d{1,18}")) {
      id = Long.parseLong(raw);
      editing = matching.find(id).orElse(null);
      if (editing != null) {
        side = editing.side();
        form = PostingForm.of(editing);
        version = editing.version();
      }
    } else {
      Side asked = FilterParameters.choice(Side.class, "side", req.getParameter("side"), false);
      side = asked == null ? Side.NEED : asked;
      form.setExpiresOn(matching.defaultExpiry().toString());
      if (choices.getWritable().size() == 1) {
        form.setOrganisation(choices.getWritable().get(0).slug());
      }
      String finding = req.getParameter("fromFinding");
      if (side == Side.NEED && finding != null && finding.matches("\\d{1,18}")) {
        matching.wantedFinding(Long.parseLong(finding)).ifPresent(this::prefill);
      }
    }
  }

  /** A need made from a forum's finding: its text, and the forum's themes, to start from. */
  private void prefill(FindingSource finding) {
    fromFinding = finding;
    String text = finding.text();
    String title = text;
    if (text.length() > TITLE) {
      int space = text.lastIndexOf(' ', TITLE - 1);
      title = text.substring(0, space > TITLE / 2 ? space : TITLE - 1) + "…";
    }
    form.setTitle(title);
    form.setBody(text);
    form.setThemes(new ArrayList<>(finding.themes()));
  }

  /** The view action: a visitor logs in; who may not write here is refused. */
  public void check() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (isCreating() ? choices.isMayPost() : editing != null && matching.mayWrite(editing)) {
      return;
    }
    if (!isCreating() && editing == null) {
      external.responseSendError(404, null);
    } else if (!caller.get().isAuthenticated()) {
      String query = FacesMessages.request().getQueryString();
      String next =
          isCreating()
              ? "/matching/new" + (query == null ? "" : "?" + query)
              : "/matching/" + id + "/edit";
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    } else {
      external.responseSendError(403, null);
    }
    faces.responseComplete();
  }

  public String save() throws IOException {
    if (isCreating()) {
      Long finding = fromFinding == null ? null : fromFinding.id();
      return forms.submit(
          FORM, "matching.posted", () -> "/" + matching.post(form.toData(side), finding).path());
    }
    return forms.submit(
        FORM, "matching.saved", () -> "/" + matching.update(id, form.toData(side), version).path());
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isNeed() {
    return side == Side.NEED;
  }

  public String getSide() {
    return side.name();
  }

  public PostingDetails getEditing() {
    return editing;
  }

  public PostingForm getForm() {
    return form;
  }

  /** The forum finding the new need is made from, or null. */
  public FindingSource getFromFinding() {
    return fromFinding;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
