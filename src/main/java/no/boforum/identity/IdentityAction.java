package no.boforum.identity;

/**
 * What identity guards: accounts, organisations and memberships. Actions marked "in an
 * organisation" are asked with the organisation's id as the resource; {@link IdentityPolicy}
 * decides them.
 */
public enum IdentityAction implements Action {
  VERIFY_ORGANISATION,
  MANAGE_USER_ROLES,
  VIEW_AUDIT_LOG,
  /**
   * Add terms to the taxonomies and relabel them. Identity guards it: taxonomy sits below identity
   * (organisations use its counties), and its administration page lives here.
   */
  EDIT_TAXONOMIES,
  /** Edit one's own profile, export or delete one's own data. */
  MANAGE_OWN_ACCOUNT,
  REQUEST_MEMBERSHIP,
  /** Register a new organisation (unverified until an administrator verifies it). */
  REGISTER_ORGANISATION,
  /** In an organisation: see members and join requests, approve, refuse, change roles. */
  MANAGE_MEMBERS,
  /** In an organisation: change its name, description, website and other facts. */
  EDIT_ORGANISATION
}
