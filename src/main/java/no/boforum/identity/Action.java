package no.boforum.identity;

/**
 * Everything the portal guards. Actions marked "in an organisation" are asked with the
 * organisation's id; the rules live in {@link Authorization} alone.
 */
public enum Action {
  /** Open the pages under /admin/. */
  VIEW_ADMIN_AREA,
  VERIFY_ORGANISATION,
  MANAGE_USER_ROLES,
  VIEW_AUDIT_LOG,
  /** Edit one's own profile, export or delete one's own data. */
  MANAGE_OWN_ACCOUNT,
  REQUEST_MEMBERSHIP,
  /** Register a new organisation (unverified until an administrator verifies it). */
  REGISTER_ORGANISATION,
  /** In an organisation: see members and join requests, approve, refuse, change roles. */
  MANAGE_MEMBERS,
  /** In an organisation: change its name, description, website and other facts. */
  EDIT_ORGANISATION,
  /** In an organisation: create and change its practices and other content. */
  MANAGE_ORGANISATION_CONTENT,
  /**
   * In an organisation: see its unpublished practices (drafts, submissions, the archive) and report
   * its adoptions of practices.
   */
  VIEW_ORGANISATION_CONTENT,
  /** Review and publish any organisation's practices: Husbanken's editorial role. */
  REVIEW_PRACTICES,
  /** Add terms to the taxonomies and relabel them. */
  EDIT_TAXONOMIES,
  /** Hide or restore what others wrote in discussions. */
  MODERATE_CONTENT,
  /** Create and run forum events. */
  HOST_EVENTS;

  /** True for actions asked about one organisation. */
  public boolean inOrganisation() {
    return this == MANAGE_MEMBERS
        || this == EDIT_ORGANISATION
        || this == MANAGE_ORGANISATION_CONTENT
        || this == VIEW_ORGANISATION_CONTENT;
  }
}
