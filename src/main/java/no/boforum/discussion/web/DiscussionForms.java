package no.boforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.function.Supplier;
import no.boforum.discussion.UnknownThreadException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

/**
 * Runs a use case for a form on a discussion page: on success a flash message and a redirect to the
 * address the use case answers; a refused input beside its field (on top for a form that repeats
 * and so has no one id) and a conflict on top, with everything typed kept.
 */
@RequestScoped
public class DiscussionForms {
  private String told;

  /** The message to show after the use case now running, instead of the form's usual one. */
  public void tell(String flashKey) {
    told = flashKey;
  }

  /** Runs {@code attempt}; returns null, so that JSF stays on the page when it was refused. */
  public String submit(String formId, String flashKey, Supplier<String> attempt)
      throws IOException {
    try {
      String address = attempt.get();
      FacesMessages.flash(told == null ? flashKey : told);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + address);
    } catch (InputProblem p) {
      if (formId == null) {
        FacesMessages.error(null, p.messageKey(), p.arguments());
      } else {
        FacesMessages.show(formId, p);
      }
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException | UnknownThreadException e) {
      FacesMessages.error(null, "error.forbidden.text");
    } catch (RuntimeException e) {
      if (!Failures.causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      FacesMessages.error(null, "discussion.changedMeanwhile");
    }
    return null;
  }
}
