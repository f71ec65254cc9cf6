package no.boforum.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.PracticeEditing;

/**
 * {@code /my/new-practice}: an editor writes a new practice, saved as a draft of one of their
 * organisations. A problem is shown beside its field with everything typed kept.
 */
@Named
@RequestScoped
public class PracticeNewView {
  static final String FORM = "edit";

  @Inject PracticeEditing editing;
  @Inject PracticeChoices choices;
  @Inject Language language;
  private final PracticeForm form = new PracticeForm();
  private String note;

  /** Sensible starting points: the page's language, the only organisation, work going on. */
  @PostConstruct
  void init() {
    form.setLanguage(language.getTag());
    form.setActivityStatus(ActivityStatus.ACTIVE);
    if (choices.getEditorOrganisations().size() == 1) {
      form.setOwner(choices.getEditorOrganisations().get(0).id());
    }
  }

  /** Whether the caller can own a practice at all: an editor somewhere, or a reviewer. */
  public boolean isMayCreate() {
    return !choices.getOwnerOrganisations().isEmpty();
  }

  public String create() throws IOException {
    try {
      String slug = editing.create(form.toData(), note);
      FacesMessages.flash("practice.created");
      PracticeForms.redirect(slug);
    } catch (InputProblem p) {
      FacesMessages.show(FORM, p);
    } catch (AccessDeniedException e) {
      FacesMessages.error(FORM + ":owner", "practice.ownerNotYours");
    }
    return null;
  }

  public PracticeForm getForm() {
    return form;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
