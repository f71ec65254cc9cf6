package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeWorkflow.Transition;
import no.boforum.practice.UnknownPracticeException;

/**
 * Runs a use case for a form on a practice page, the same way for every form: on success a flash
 * message and back to the practice's address; a refused input beside its field, a conflict on top
 * of the form, and anything the caller may not do as "not allowed". The services name states and
 * moves by their codes ({@code SUBMITTED}, {@code PUBLISH}); the reader sees their labels instead.
 */
@RequestScoped
public class PracticeForms {
  /** A use case that answers with the slug of the practice to go back to. */
  @FunctionalInterface
  public interface Attempt {
    String run();
  }

  @Inject Language language;

  /**
   * Runs {@code attempt}; {@code flashKey} may be null when the attempt flashes its own message.
   * Returns null, so that JSF stays on the page when the attempt was refused.
   */
  public String submit(String formId, String flashKey, Attempt attempt) throws IOException {
    try {
      String slug = attempt.run();
      if (flashKey != null) {
        FacesMessages.flash(flashKey);
      }
      redirect(slug);
    } catch (InputProblem p) {
      FacesMessages.show(formId, p);
    } catch (Conflict c) {
      show(null, c);
    } catch (AccessDeniedException | UnknownPracticeException e) {
      FacesMessages.error(null, "error.forbidden.text");
    } catch (RuntimeException e) {
      if (!Failures.causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      // Two saves of the same version at once: the slower one keeps what was typed.
      FacesMessages.error(null, "error.changedMeanwhile");
    }
    return null;
  }

  /** Back to the practice's own address, where the flash message is shown. */
  static void redirect(String slug) throws IOException {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(FacesMessages.request().getContextPath() + "/practices/" + slug);
  }

  public void show(String clientId, Conflict c) {
    Object[] arguments = c.arguments();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = word(String.valueOf(arguments[i]));
    }
    FacesMessages.error(clientId, c.messageKey(), arguments);
  }

  String label(String prefix, String code) {
    return Messages.format(language.getLocale(), prefix + code);
  }

  private String word(String code) {
    for (PracticeState s : PracticeState.values()) {
      if (s.name().equals(code)) {
        return label("practice.state.", code);
      }
    }
    for (Transition t : Transition.values()) {
      if (t.name().equals(code)) {
        return label("practice.transition.", code);
      }
    }
    return code;
  }
}
