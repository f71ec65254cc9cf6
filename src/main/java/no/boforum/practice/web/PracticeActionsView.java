package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.web.FacesMessages;
import no.boforum.practice.PracticeEditing;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeWorkflow.Transition;
import no.boforum.practice.UnknownPracticeException;

/** The workflow buttons of the practice page: move it on, or confirm it is still accurate. */
@Named
@RequestScoped
public class PracticeActionsView {
  @Inject PracticeEditing editing;
  @Inject ConflictMessages conflicts;
  private String note;

  public String move(String slug, Transition transition) throws IOException {
    try {
      PracticeState now = editing.move(slug, transition, note);
      FacesMessages.flash("practice.moved", conflicts.label("practice.state.", now.name()));
      redirect(slug);
    } catch (Conflict c) {
      conflicts.show(null, c);
    } catch (AccessDeniedException | UnknownPracticeException e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  public String confirmReviewed(String slug) throws IOException {
    try {
      editing.confirmReviewed(slug);
      FacesMessages.flash("practice.reviewConfirmed");
      redirect(slug);
    } catch (AccessDeniedException | UnknownPracticeException e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  /** Back to the practice's own address, where the flash message is shown. */
  static void redirect(String slug) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(FacesMessages.request().getContextPath() + "/practices/" + slug);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
