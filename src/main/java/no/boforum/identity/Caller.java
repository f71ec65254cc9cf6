package no.boforum.identity;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking, as a value: read from the database for each request ({@link CurrentCaller}) or by
 * user id outside one ({@link Callers}), so roles and memberships changed by an administrator apply
 * at once, not at the next login.
 *
 * @param userId null for an anonymous visitor
 * @param memberships active memberships only, by organisation id
 * @param registeredAt when the account was made (UTC); null for a visitor
 * @param verifiedMember true if one of the active memberships is in a verified organisation
 * @param suspendedUntil until when a moderator suspended the person (UTC); null if never
 */
public record Caller(
    Long userId,
    String displayName,
    String language,
    Set<GlobalRole> roles,
    Map<Long, MembershipRole> memberships,
    LocalDateTime registeredAt,
    boolean verifiedMember,
    LocalDateTime suspendedUntil) {
  public Caller {
    roles = Set.copyOf(roles);
    memberships = Map.copyOf(memberships);
  }

  /**
   * A caller with no standing facts: registered now, in no verified organisation, never suspended.
   */
  public Caller(
      Long userId,
      String displayName,
      String language,
      Set<GlobalRole> roles,
      Map<Long, MembershipRole> memberships) {
    this(userId, displayName, language, roles, memberships, null, false, null);
  }

  public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), Map.of());

  /** True while a moderator's suspension lasts. */
  public boolean isSuspended() {
    return suspendedUntil != null && suspendedUntil.isAfter(LocalDateTime.now(ZoneOffset.UTC));
  }

  public boolean isAuthenticated() {
    return userId != null;
  }

  public boolean has(GlobalRole role) {
    return roles.contains(role);
  }

  public boolean isAdministrator() {
    return has(GlobalRole.ADMINISTRATOR);
  }

  /** True if the caller holds at least {@code role} in the organisation. */
  public boolean holds(MembershipRole role, Long organisationId) {
    MembershipRole held = organisationId == null ? null : memberships.get(organisationId);
    return held != null && held.includes(role);
  }
}
