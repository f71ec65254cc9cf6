package no.boforum.identity;

import java.time.LocalDateTime;

/** A member or a join request, as the organisation's admins see it. */
public record MemberView(
    long membershipId,
    long userId,
    String displayName,
    String email,
    MembershipRole role,
    MembershipStatus status,
    LocalDateTime requestedAt) {
  static MemberView of(Membership m) {
    return new MemberView(
        m.getId(),
        m.getUser().getId(),
        m.getUser().getDisplayName(),
        m.getUser().getEmail(),
        m.getRole(),
        m.getStatus(),
        m.getRequestedAt());
  }
}
