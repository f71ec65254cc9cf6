package no.boforum.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.function.Supplier;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.NotFound;
import no.boforum.platform.web.FacesMessages;

/**
 * Runs a use case for a form of needs and offers: on success a flash message and a redirect to the
 * address the use case answers; a refused input beside its field and a conflict on top, with
 * everything typed kept.
 */
@ApplicationScoped
public class MatchingForms {
  /** Runs {@code attempt}; returns null, so that JSF stays on the page when it was refused. */
  public String submit(String formId, String flashKey, Supplier<String> attempt)
      throws IOException {
    try {
      String address = attempt.get();
      FacesMessages.flash(flashKey);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + address);
    } catch (InputProblem p) {
      FacesMessages.show(formId, p);
      FacesMessages.error(null, "matching.form.problems");
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException | NotFound e) {
      FacesMessages.error(null, "error.forbidden.text");
    } catch (RuntimeException e) {
      if (!Failures.causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      FacesMessages.error(null, "matching.changedMeanwhile");
    }
    return null;
  }
}
