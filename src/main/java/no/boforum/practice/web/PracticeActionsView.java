package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.boforum.platform.web.FacesMessages;
import no.boforum.practice.PracticeEditing;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeWorkflow.Transition;

/** The workflow buttons of the practice page: move it on, or confirm it is still accurate. */
@Named
@RequestScoped
public class PracticeActionsView {
  @Inject PracticeEditing editing;
  @Inject PracticeForms forms;
  private String note;

  public String move(String slug, Transition transition) throws IOException {
    return forms.submit(
        "workflow",
        null,
        () -> {
          PracticeState now = editing.move(slug, transition, note);
          FacesMessages.flash("practice.moved", forms.label("practice.state.", now.name()));
          return slug;
        });
  }

  public String confirmReviewed(String slug) throws IOException {
    return forms.submit(
        "review",
        "practice.reviewConfirmed",
        () -> {
          editing.confirmReviewed(slug);
          return slug;
        });
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
