package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The rules about accounts, organisations and memberships: what an organisation's admins may do in
 * it, and what every logged-in person may do for themselves.
 */
@ApplicationScoped
public class IdentityPolicy implements Policy<IdentityAction> {
  @Override
  public Class<IdentityAction> actions() {
    return IdentityAction.class;
  }

  @Override
  public boolean allows(Caller caller, IdentityAction action, Object resource) {
    return switch (action) {
      case VERIFY_ORGANISATION, MANAGE_USER_ROLES, VIEW_AUDIT_LOG, EDIT_TAXONOMIES ->
          Area.ADMINISTRATION.admits(caller);
      case MANAGE_OWN_ACCOUNT, REQUEST_MEMBERSHIP, REGISTER_ORGANISATION -> true;
      case MANAGE_MEMBERS, EDIT_ORGANISATION ->
          caller.holds(MembershipRole.ADMIN, Policy.organisation(resource));
    };
  }

  /** The administration pages; the rest of {@code /my/} is for anyone logged in. */
  @Override
  public Map<String, Action> pages() {
    return Map.of(
        "/admin/organisations", IdentityAction.VERIFY_ORGANISATION,
        "/admin/users", IdentityAction.MANAGE_USER_ROLES,
        "/admin/audit", IdentityAction.VIEW_AUDIT_LOG,
        "/admin/taxonomies", IdentityAction.EDIT_TAXONOMIES,
        "/my", IdentityAction.MANAGE_OWN_ACCOUNT);
  }
}
