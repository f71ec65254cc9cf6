package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Action;
import no.boforum.identity.Authorization;
import no.boforum.identity.Decision;
import no.boforum.identity.OrganisationService;
import no.boforum.practice.PracticeWorkflow.Rights;

/** What the current caller is to a practice's owner, asked of {@link Authorization}. */
@ApplicationScoped
public class PracticeAccess {
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;

  public Rights rights(Long ownerOrganisationId) {
    boolean reviewer = authorization.allows(PracticeAction.REVIEW);
    if (ownerOrganisationId == null) {
      return new Rights(false, false, reviewer, false);
    }
    return new Rights(
        authorization.allows(PracticeAction.VIEW_UNPUBLISHED, ownerOrganisationId),
        authorization.allows(PracticeAction.EDIT, ownerOrganisationId),
        reviewer,
        organisations.find(ownerOrganisationId).map(o -> o.verified()).orElse(false));
  }

  /** Refuses with 401 for an anonymous caller and 403 for the rest. */
  public void refuse(Action action) {
    Decision d = authorization.decide(action, null);
    throw new AccessDeniedException(
        d == Decision.NOT_AUTHENTICATED ? d : Decision.FORBIDDEN, action);
  }
}
