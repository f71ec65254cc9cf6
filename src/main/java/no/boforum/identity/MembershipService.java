package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.platform.InputProblem;

/**
 * The members of organisations: join requests and the admins' decisions on them, roles, removals,
 * and appointments by administrators. An organisation never loses its last admin.
 */
@ApplicationScoped
public class MembershipService {
  @Inject OrganisationRepository repository;
  @Inject UserRepository users;
  @Inject Authorization authorization;
  @Inject AuditLog audit;
  @Inject Event<MembershipChanged> changed;
  Clock clock = Clock.systemUTC();

  /** The caller asks to join; asking again after a refusal is allowed, asking twice is not. */
  @Transactional
  public MyMembership requestToJoin(String slug, String address) {
    Organisation o = repository.requireBySlug(slug);
    Caller caller = authorization.require(IdentityAction.REQUEST_MEMBERSHIP);
    UserAccount user = users.find(caller.userId()).orElseThrow();
    LocalDateTime now = LocalDateTime.now(clock);
    Optional<Membership> existing = repository.findMembership(user.getId(), o.getId());
    Membership m;
    if (existing.isPresent()) {
      m = existing.get();
      if (m.getStatus() != MembershipStatus.REFUSED) {
        throw new InputProblem(
            "organisation",
            m.getStatus() == MembershipStatus.ACTIVE
                ? "membership.alreadyMember"
                : "membership.alreadyAsked");
      }
      m.askAgain(now);
    } else {
      m = new Membership(user, o, now);
      repository.persist(m);
    }
    audit.record(
        AuditEvent.Type.MEMBERSHIP_REQUESTED, user.getId(), user.getId(), o.getId(), address, null);
    changed.fire(
        new MembershipChanged(
            MembershipChanged.Change.REQUESTED,
            o.getId(),
            o.getSlug(),
            o.getName(),
            user.getId(),
            user.getId()));
    return MyMembership.of(m);
  }

  /** Members (or, with {@code REQUESTED}, join requests) for the organisation's admins. */
  @Transactional
  public List<MemberView> members(String slug, MembershipStatus status) {
    Organisation o = repository.requireBySlug(slug);
    authorization.require(IdentityAction.MANAGE_MEMBERS, o.getId());
    return repository.membersOf(o.getId(), status).stream().map(MemberView::of).toList();
  }

  @Transactional
  public MemberView approve(String slug, long membershipId, MembershipRole role, String address) {
    return decide(slug, membershipId, MembershipStatus.ACTIVE, role, address);
  }

  @Transactional
  public MemberView refuse(String slug, long membershipId, String address) {
    return decide(slug, membershipId, MembershipStatus.REFUSED, MembershipRole.MEMBER, address);
  }

  /** Changes an active member's role; the last admin cannot be demoted. */
  @Transactional
  public MemberView changeRole(
      String slug, long membershipId, MembershipRole role, String address) {
    Organisation o = repository.requireBySlug(slug);
    Caller caller = authorization.require(IdentityAction.MANAGE_MEMBERS, o.getId());
    Membership m = requireMembership(o, membershipId, MembershipStatus.ACTIVE);
    if (m.getRole() == MembershipRole.ADMIN && role != MembershipRole.ADMIN) {
      requireAnotherAdmin(o, m);
    }
    if (m.getRole() != role) {
      String detail = m.getRole() + " -> " + role;
      m.decide(MembershipStatus.ACTIVE, role, caller.userId(), LocalDateTime.now(clock));
      audit.record(
          AuditEvent.Type.MEMBERSHIP_ROLE_CHANGED,
          caller.userId(),
          m.getUser().getId(),
          o.getId(),
          address,
          detail);
    }
    return MemberView.of(m);
  }

  @Transactional
  public void removeMember(String slug, long membershipId, String address) {
    Organisation o = repository.requireBySlug(slug);
    Caller caller = authorization.require(IdentityAction.MANAGE_MEMBERS, o.getId());
    Membership m = requireMembership(o, membershipId, MembershipStatus.ACTIVE);
    if (m.getRole() == MembershipRole.ADMIN) {
      requireAnotherAdmin(o, m);
    }
    repository.remove(m);
    audit.record(
        AuditEvent.Type.MEMBERSHIP_REMOVED,
        caller.userId(),
        m.getUser().getId(),
        o.getId(),
        address,
        null);
  }

  /**
   * Makes a user a member with a role directly (administrators: the first admin of an organisation
   * has nobody to approve them).
   */
  @Transactional
  public MemberView appoint(String slug, long userId, MembershipRole role, String address) {
    Organisation o = repository.requireBySlug(slug);
    Caller caller = authorization.require(IdentityAction.MANAGE_USER_ROLES);
    UserAccount user =
        users.find(userId).orElseThrow(() -> new InputProblem("user", "account.unknown"));
    LocalDateTime now = LocalDateTime.now(clock);
    Membership m =
        repository
            .findMembership(userId, o.getId())
            .orElseGet(
                () -> {
                  Membership created = new Membership(user, o, now);
                  repository.persist(created);
                  return created;
                });
    m.decide(MembershipStatus.ACTIVE, role, caller.userId(), now);
    audit.record(
        AuditEvent.Type.MEMBERSHIP_APPROVED,
        caller.userId(),
        userId,
        o.getId(),
        address,
        "appointed " + role);
    return MemberView.of(m);
  }

  @Transactional
  public List<MyMembership> membershipsOf(long userId) {
    return repository.membershipsOf(userId).stream().map(MyMembership::of).toList();
  }

  private MemberView decide(
      String slug,
      long membershipId,
      MembershipStatus status,
      MembershipRole role,
      String address) {
    Organisation o = repository.requireBySlug(slug);
    Caller caller = authorization.require(IdentityAction.MANAGE_MEMBERS, o.getId());
    Membership m = requireMembership(o, membershipId, MembershipStatus.REQUESTED);
    m.decide(status, role, caller.userId(), LocalDateTime.now(clock));
    audit.record(
        status == MembershipStatus.ACTIVE
            ? AuditEvent.Type.MEMBERSHIP_APPROVED
            : AuditEvent.Type.MEMBERSHIP_REFUSED,
        caller.userId(),
        m.getUser().getId(),
        o.getId(),
        address,
        status == MembershipStatus.ACTIVE ? role.name() : null);
    changed.fire(
        new MembershipChanged(
            status == MembershipStatus.ACTIVE
                ? MembershipChanged.Change.APPROVED
                : MembershipChanged.Change.REFUSED,
            o.getId(),
            o.getSlug(),
            o.getName(),
            m.getUser().getId(),
            caller.userId()));
    return MemberView.of(m);
  }

  private void requireAnotherAdmin(Organisation o, Membership m) {
    // Two admins demoting each other at once: the lock makes the second see the first's change.
    repository.lock(o);
    boolean another =
        repository.membersOf(o.getId(), MembershipStatus.ACTIVE).stream()
            .anyMatch(other -> other != m && other.getRole() == MembershipRole.ADMIN);
    if (!another) {
      throw new InputProblem("role", "membership.lastAdmin");
    }
  }

  private Membership requireMembership(Organisation o, long id, MembershipStatus status) {
    return repository
        .findMembership(id)
        .filter(m -> m.getOrganisation().getId().equals(o.getId()) && m.getStatus() == status)
        .orElseThrow(() -> new InputProblem("membership", "membership.unknown"));
  }
}
