package no.boforum.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.web.FacesMessages;
import no.boforum.practice.PracticeEditing;
import no.boforum.practice.PracticeEditing.Editable;

/**
 * {@code /practices/<slug>/edit}: the practice's writers change its facts. The version read with
 * the form travels in a hidden field, so that a save made meanwhile by someone else is reported
 * instead of overwritten, with what was typed kept.
 */
@Named
@RequestScoped
public class PracticeEditView {
  static final String FORM = "edit";

  @Inject PracticeEditing editing;
  @Inject CurrentCaller caller;
  @Inject PracticeForms forms;
  private String slug;
  private Editable editable;
  private PracticeForm form = new PracticeForm();
  private long version;
  private String note;

  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    editable = slug == null ? null : editing.editable(slug).orElse(null);
    if (editable != null) {
      form = PracticeForm.of(editable.data());
      version = editable.version();
    }
  }

  /** The view action: 404 for an unknown practice, login or 403 for those who may not edit. */
  public void check() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (editable != null && editable.mayEdit()) {
      return;
    }
    if (!caller.get().isAuthenticated()) {
      String next = "/practices/" + (slug == null ? "" : slug + "/edit");
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    } else {
      external.responseSendError(editable == null ? 404 : 403, null);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String save() throws IOException {
    if (editable == null) {
      FacesMessages.error(null, "error.notfound.text");
      return null;
    }
    return forms.submit(
        FORM,
        "practice.saved",
        () -> {
          editing.update(slug, form.toData(), version, note);
          return slug;
        });
  }

  public String getSlug() {
    return slug;
  }

  public Editable getEditable() {
    return editable;
  }

  public PracticeForm getForm() {
    return form;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
