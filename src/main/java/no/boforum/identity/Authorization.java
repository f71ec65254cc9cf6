package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that says who may do what. Pages, the API and services ask here, never check roles
 * themselves. Administrators may do everything; the rest follow the table in {@link #allows}.
 */
@ApplicationScoped
public class Authorization {
  @Inject CurrentCaller current;

  /** The decision for the current request's caller. */
  public Decision decide(Action action, Long organisationId) {
    return decide(current.get(), action, organisationId);
  }

  public boolean allows(Action action, Long organisationId) {
    return decide(action, organisationId) == Decision.ALLOWED;
  }

  public boolean allows(Action action) {
    return allows(action, null);
  }

  /** Throws {@link AccessDeniedException} unless the current caller may. */
  public Caller require(Action action, Long organisationId) {
    Caller caller = current.get();
    Decision decision = decide(caller, action, organisationId);
    if (decision != Decision.ALLOWED) {
      throw new AccessDeniedException(decision, action);
    }
    return caller;
  }

  public Caller require(Action action) {
    return require(action, null);
  }

  public static Decision decide(Caller caller, Action action, Long organisationId) {
    if (!caller.isAuthenticated()) {
      return Decision.NOT_AUTHENTICATED;
    }
    return allows(caller, action, organisationId) ? Decision.ALLOWED : Decision.FORBIDDEN;
  }

  private static boolean allows(Caller caller, Action action, Long organisationId) {
    if (caller.isAdministrator()) {
      return true;
    }
    return switch (action) {
      case VIEW_ADMIN_AREA,
          VERIFY_ORGANISATION,
          MANAGE_USER_ROLES,
          VIEW_AUDIT_LOG,
          EDIT_TAXONOMIES ->
          false;
      case MANAGE_OWN_ACCOUNT, REQUEST_MEMBERSHIP, REGISTER_ORGANISATION -> true;
      case MANAGE_MEMBERS, EDIT_ORGANISATION -> caller.holds(MembershipRole.ADMIN, organisationId);
      case MANAGE_ORGANISATION_CONTENT -> caller.holds(MembershipRole.EDITOR, organisationId);
      case VIEW_ORGANISATION_CONTENT -> caller.holds(MembershipRole.MEMBER, organisationId);
      case MODERATE_CONTENT, REVIEW_PRACTICES -> caller.has(GlobalRole.MODERATOR);
      case HOST_EVENTS -> caller.has(GlobalRole.EVENT_HOST);
    };
  }
}
