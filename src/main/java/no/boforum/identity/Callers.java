package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a {@link Caller} by user id, in a request or outside one: jobs and notifications ask {@link
 * Authorization#decide(Caller, Action, Object)} on behalf of the person they serve.
 */
@ApplicationScoped
public class Callers {
  @Inject UserRepository users;
  @Inject OrganisationRepository organisations;

  /** The person as they are now: roles and active memberships; empty if the account is gone. */
  @Transactional
  public Optional<Caller> of(long userId) {
    return users.find(userId).filter(u -> !u.isDeleted()).map(this::of);
  }

  /** The caller for an account already loaded in this transaction. */
  public Caller of(UserAccount user) {
    Map<Long, MembershipRole> memberships = new HashMap<>();
    boolean verifiedMember = false;
    for (Membership m : organisations.membershipsOf(user.getId())) {
      if (m.getStatus() == MembershipStatus.ACTIVE) {
        memberships.put(m.getOrganisation().getId(), m.getRole());
        verifiedMember |= m.getOrganisation().isVerified();
      }
    }
    return new Caller(
        user.getId(),
        user.getDisplayName(),
        user.getPreferredLanguage(),
        user.getRoles(),
        memberships,
        user.getCreatedAt(),
        verifiedMember,
        user.getSuspendedUntil());
  }
}
