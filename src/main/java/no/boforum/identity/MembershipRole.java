package no.boforum.identity;

/** What a member may do for an organisation; each role includes the ones before it. */
public enum MembershipRole {
  MEMBER,
  EDITOR,
  ADMIN;

  public boolean includes(MembershipRole other) {
    return compareTo(other) >= 0;
  }
}
