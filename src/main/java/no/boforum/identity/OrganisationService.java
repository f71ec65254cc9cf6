package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.boforum.platform.InputProblem;

/**
 * Organisations and their members: join requests and decisions, roles, verification and edits.
 * Every use case on behalf of a person asks {@link Authorization} first.
 */
@ApplicationScoped
public class OrganisationService {
  /** What a seed import did with one organisation. */
  public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Inject OrganisationRepository repository;
  @Inject UserRepository users;
  @Inject OrganisationValidator validator;
  @Inject Authorization authorization;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  /** Creates or updates a seed organisation; an unchanged source writes nothing. */
  @Transactional
  public ImportOutcome importOrganisation(OrganisationData data, boolean verified, String hash) {
    Optional<Organisation> existing = repository.findBySlug(data.slug());
    if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
      return ImportOutcome.UNCHANGED;
    }
    if (existing.isPresent() && existing.get().getSourceHash() == null) {
      throw new InputProblem("slug", "organisation.slugTakenByRegistration");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Organisation o = existing.orElseGet(() -> new Organisation(data.slug(), now));
    o.update(validator.validate(data), now);
    o.setSourceHash(hash);
    if (existing.isEmpty()) {
      o.setVerified(verified);
      repository.persist(o);
      return ImportOutcome.CREATED;
    }
    return ImportOutcome.UPDATED;
  }

  /** Marks a seed organisation as an invented example (content files only). */
  @Transactional
  public void markIllustrative(String slug, boolean illustrative) {
    repository.findBySlug(slug).ifPresent(o -> o.setIllustrative(illustrative));
  }

  /** Someone to write to about an organisation's content. */
  public record Recipient(String email, String name, String language) {}

  /** The active editors and admins of an organisation, for notices about its content. */
  @Transactional
  public List<Recipient> contentEditors(long organisationId) {
    return repository.membersOf(organisationId, MembershipStatus.ACTIVE).stream()
        .filter(m -> m.getRole().includes(MembershipRole.EDITOR))
        .map(Membership::getUser)
        .filter(u -> !u.isDeleted() && u.getEmail() != null)
        .map(u -> new Recipient(u.getEmail(), u.getDisplayName(), u.getPreferredLanguage()))
        .toList();
  }

  @Transactional
  public Optional<OrganisationDetails> find(long id) {
    return repository.findById(id).map(OrganisationDetails::of);
  }

  /** The organisations with these ids, by id; unknown ids are left out. */
  @Transactional
  public Map<Long, OrganisationDetails> byIds(Collection<Long> ids) {
    return repository.findByIds(ids).stream()
        .collect(Collectors.toMap(Organisation::getId, OrganisationDetails::of));
  }

  /** Every organisation by name, for choosing partners and owners. */
  @Transactional
  public List<OrganisationDetails> all() {
    return repository.findPage(null, 0, Integer.MAX_VALUE).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional
  public Optional<OrganisationDetails> find(String slug) {
    return repository.findBySlug(slug).map(OrganisationDetails::of);
  }

  @Transactional
  public List<OrganisationDetails> list(Boolean verified, int offset, int limit) {
    return repository.findPage(verified, offset, limit).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional
  public long count(Boolean verified) {
    return repository.count(verified);
  }

  /** Edits the organisation's facts; {@code version} guards against overwriting another edit. */
  @Transactional
  public OrganisationDetails update(String slug, OrganisationData data, long version) {
    Organisation o = require(slug);
    Caller caller = authorization.require(IdentityAction.EDIT_ORGANISATION, o.getId());
    if (o.getVersion() != version) {
      throw new OptimisticLockException("organisation " + slug + " was changed by someone else");
    }
    OrganisationData valid = validator.validate(data);
    if (valid.orgNumber() != null
        && repository.findByNumber(valid.orgNumber()).filter(other -> other != o).isPresent()) {
      throw new InputProblem("orgNumber", "organisation.numberTaken");
    }
    boolean identityChanged =
        !valid.name().equals(o.getName())
            || !java.util.Objects.equals(valid.orgNumber(), o.getOrgNumber());
    o.update(valid, LocalDateTime.now(clock));
    if (identityChanged && o.isVerified() && !caller.isAdministrator()) {
      // A verification vouches for a name and a number; new ones need a new look.
      o.setVerified(false);
      audit.record(
          AuditEvent.Type.ORGANISATION_UNVERIFIED,
          caller.userId(),
          null,
          o.getId(),
          null,
          "renamed");
    }
    return OrganisationDetails.of(o);
  }

  /**
   * A logged-in user registers an organisation that is not in the portal yet. It starts unverified,
   * with the user as its admin; its address is made from its name.
   */
  @Transactional
  public OrganisationDetails register(OrganisationData data, String address) {
    Caller caller = authorization.require(IdentityAction.REGISTER_ORGANISATION);
    OrganisationData valid = validator.validate(data);
    if (valid.orgNumber() != null && repository.findByNumber(valid.orgNumber()).isPresent()) {
      throw new InputProblem("orgNumber", "organisation.numberTaken");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String base = Slugs.of(valid.name());
    String slug = base;
    for (int n = 2; repository.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    Organisation o = new Organisation(slug, now);
    o.update(valid, now);
    repository.persist(o);
    UserAccount user = users.find(caller.userId()).orElseThrow();
    Membership m = new Membership(user, o, now);
    m.decide(MembershipStatus.ACTIVE, MembershipRole.ADMIN, caller.userId(), now);
    repository.persist(m);
    audit.record(
        AuditEvent.Type.ORGANISATION_REGISTERED,
        caller.userId(),
        caller.userId(),
        o.getId(),
        address,
        o.getName());
    return OrganisationDetails.of(o);
  }

  @Transactional
  public OrganisationDetails setVerified(String slug, boolean verified, String address) {
    Organisation o = require(slug);
    Caller caller = authorization.require(IdentityAction.VERIFY_ORGANISATION);
    if (o.isVerified() != verified) {
      o.setVerified(verified);
      audit.record(
          verified
              ? AuditEvent.Type.ORGANISATION_VERIFIED
              : AuditEvent.Type.ORGANISATION_UNVERIFIED,
          caller.userId(),
          null,
          o.getId(),
          address,
          o.getName());
    }
    return OrganisationDetails.of(o);
  }

  /** The caller asks to join; asking again after a refusal is allowed, asking twice is not. */
  @Transactional
  public MyMembership requestToJoin(String slug, String address) {
    Organisation o = require(slug);
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
    return MyMembership.of(m);
  }

  /** Members (or, with {@code REQUESTED}, join requests) for the organisation's admins. */
  @Transactional
  public List<MemberView> members(String slug, MembershipStatus status) {
    Organisation o = require(slug);
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
    Organisation o = require(slug);
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
    Organisation o = require(slug);
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
    Organisation o = require(slug);
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
    Organisation o = require(slug);
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

  private Organisation require(String slug) {
    return repository.findBySlug(slug).orElseThrow(() -> new UnknownOrganisationException(slug));
  }
}
