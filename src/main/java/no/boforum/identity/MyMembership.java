package no.boforum.identity;

/** One of the caller's organisations (or requests), for the "my organisations" page. */
public record MyMembership(
    String organisationSlug,
    String organisationName,
    long organisationId,
    MembershipRole role,
    MembershipStatus status) {
  static MyMembership of(Membership m) {
    return new MyMembership(
        m.getOrganisation().getSlug(),
        m.getOrganisation().getName(),
        m.getOrganisation().getId(),
        m.getRole(),
        m.getStatus());
  }
}
