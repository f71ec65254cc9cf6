package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import no.boforum.event.UnknownEventException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

/**
 * Runs a use case for a form on an event page, the same way for every form: on success a flash
 * message and a redirect; a refused input beside its field (everything typed kept), a conflict on
 * top of the form, and anything the caller may not do as "not allowed".
 */
@RequestScoped
public class EventForms {
  /** A use case that answers with the address to go to, inside the portal. */
  @FunctionalInterface
  public interface Attempt {
    String run();
  }

  /** Runs {@code attempt}; returns null, so that JSF stays on the page when it was refused. */
  public String submit(String formId, String flashKey, Attempt attempt) throws IOException {
    try {
      String address = attempt.run();
      FacesMessages.flash(flashKey);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + address);
    } catch (InputProblem p) {
      FacesMessages.show(formId, p);
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException | UnknownEventException e) {
      FacesMessages.error(null, "error.forbidden.text");
    } catch (RuntimeException e) {
      if (!Failures.causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      // Two saves of the same version at once: the slower one keeps what was typed.
      FacesMessages.error(null, "event.changedMeanwhile");
    }
    return null;
  }
}
