package no.boforum.identity;

/**
 * The parts of the portal that a global role opens, each with pages of its own. A feature puts an
 * action of its own in an area by asking {@link #admits}; pages and calls that concern the whole
 * area ask for the area itself, which {@link AreaPolicy} decides.
 */
public enum Area implements Action {
  /** Users, organisations, the audit log and the taxonomies: administrators. */
  ADMINISTRATION(null),
  /** The review queue, and hiding what others wrote: moderators. */
  MODERATION(GlobalRole.MODERATOR),
  /** The search index and what people search for: administrators. */
  INDEX_ADMINISTRATION(null),
  /** Creating and running forum events: event hosts (reserved for the events feature). */
  EVENT_HOSTING(GlobalRole.EVENT_HOST);

  private final GlobalRole role;

  Area(GlobalRole role) {
    this.role = role;
  }

  /**
   * True if the caller holds the area's role and is not suspended; administrators enter every area.
   */
  public boolean admits(Caller caller) {
    return caller.isAdministrator() || (role != null && caller.has(role) && !caller.isSuspended());
  }
}
