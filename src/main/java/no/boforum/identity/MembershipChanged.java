package no.boforum.identity;

/**
 * Fired in the transaction of a join request or an admin's answer to it, for whoever tells people
 * of it (notifications): identity itself sends no mail about memberships.
 *
 * @param byUserId who acted: the person asking, or the admin answering
 */
public record MembershipChanged(
    Change change, long organisationId, String slug, String name, long userId, long byUserId) {
  /** What happened to the membership. */
  public enum Change {
    REQUESTED,
    APPROVED,
    REFUSED
  }
}
