package no.boforum.identity;

/** A join request is {@code REQUESTED} until an organisation admin approves or refuses it. */
public enum MembershipStatus {
  REQUESTED,
  ACTIVE,
  REFUSED
}
