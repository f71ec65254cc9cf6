package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.boforum.identity.Authorization;
import no.boforum.practice.PracticeAction;

/** Which practice links the account menu shows the caller. */
@Named
@RequestScoped
public class PracticeNav {
  @Inject Authorization authorization;

  public boolean isReviewer() {
    return authorization.allows(PracticeAction.REVIEW);
  }
}
