package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.platform.InputProblem;

/** What a user does with their own account, and what administrators do with users' roles. */
@ApplicationScoped
public class ProfileService {
  /** A profile as shown and edited. */
  public record Profile(
      long id,
      String email,
      String displayName,
      String language,
      Set<GlobalRole> roles,
      LocalDateTime createdAt) {
    static Profile of(UserAccount u) {
      return new Profile(
          u.getId(),
          u.getEmail(),
          u.getDisplayName(),
          u.getPreferredLanguage(),
          u.getRoles(),
          u.getCreatedAt());
    }
  }

  @Inject UserRepository users;
  @Inject OrganisationRepository organisations;
  @Inject AuditLog audit;
  @Inject Authorization authorization;
  @PersistenceContext EntityManager em;
  @Inject Event<AccountDeleted> deleted;
  @Inject jakarta.enterprise.inject.Instance<PersonalData> features;
  Clock clock = Clock.systemUTC();

  /** Where and in which language to write to a user: for mail sent by jobs of other features. */
  public record Contact(String email, String name, String language) {}

  /** The user's contact; empty when the account is gone, deleted, or has no address. */
  @Transactional
  public java.util.Optional<Contact> contact(long userId) {
    return users
        .find(userId)
        .filter(u -> !u.isDeleted() && u.getEmail() != null)
        .map(u -> new Contact(u.getEmail(), u.getDisplayName(), u.getPreferredLanguage()));
  }

  /** Those of {@code ids} whose account exists and is not deleted: who may still be told things. */
  @Transactional
  public Set<Long> existing(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT u.id FROM UserAccount u WHERE u.id IN :ids AND u.deletedAt IS NULL",
                Long.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  @Transactional
  public Profile profile(long userId) {
    return Profile.of(require(userId));
  }

  @Transactional
  public Profile update(long userId, String displayName, String language) {
    UserAccount user = require(userId);
    user.updateProfile(AccountService.requireName(displayName), AccountService.language(language));
    return Profile.of(user);
  }

  /** Everything the portal keeps about the user, for "download my data". */
  @Transactional
  public Map<String, Object> export(long userId) {
    UserAccount user = require(userId);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("profile", Profile.of(user));
    data.put(
        "memberships",
        organisations.membershipsOf(userId).stream()
            .map(
                m ->
                    Map.of(
                        "organisation", m.getOrganisation().getSlug(),
                        "role", m.getRole(),
                        "status", m.getStatus(),
                        "requestedAt", m.getRequestedAt().toString()))
            .toList());
    List<Map<String, Object>> events =
        audit.find(new AuditLog.Filter(null, userId, null, null), 0, 10_000).stream()
            .map(ProfileService::eventData)
            .toList();
    data.put("securityEvents", events);
    for (PersonalData part : features) {
      data.put(part.section(), part.of(userId));
    }
    return data;
  }

  private static Map<String, Object> eventData(AuditEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.occurredAt().toString());
    m.put("type", e.type());
    m.put("address", e.address());
    return m;
  }

  /**
   * Deletes the account: memberships and tokens go, the row stays without name, email or password
   * so that content others rely on is shown as from a deleted user.
   */
  @Transactional
  public void delete(long userId, String address) {
    UserAccount user = require(userId);
    List<Organisation> sole = organisations.soleAdminOf(userId);
    if (!sole.isEmpty()) {
      throw new InputProblem("delete", "account.soleAdmin", sole.get(0).getName());
    }
    organisations.removeMembershipsOf(userId);
    em.createNativeQuery("DELETE FROM oidc_identity WHERE user_id = ?")
        .setParameter(1, userId)
        .executeUpdate();
    em.createQuery("DELETE FROM UserToken t WHERE t.userId = :u")
        .setParameter("u", userId)
        .executeUpdate();
    user.anonymise(LocalDateTime.now(clock));
    deleted.fire(new AccountDeleted(userId));
    audit.record(AuditEvent.Type.ACCOUNT_DELETED, userId, userId, null, address, null);
  }

  @Transactional
  public Profile setRoles(long userId, Set<GlobalRole> roles, String address) {
    long actorId = authorization.require(IdentityAction.MANAGE_USER_ROLES).userId();
    UserAccount user = require(userId);
    Set<GlobalRole> before = user.getRoles();
    if (actorId == userId
        && before.contains(GlobalRole.ADMINISTRATOR)
        && !roles.contains(GlobalRole.ADMINISTRATOR)) {
      throw new InputProblem("roles", "roles.keepOwnAdmin");
    }
    if (!before.equals(roles)) {
      user.setRoles(roles);
      audit.record(
          AuditEvent.Type.ROLES_CHANGED, actorId, userId, null, address, before + " -> " + roles);
    }
    return Profile.of(user);
  }

  /** Display names by user id, for lists of ids (the audit log); a deleted user has none. */
  @Transactional
  public Map<Long, String> names(java.util.Collection<Long> ids) {
    authorization.require(IdentityAction.VIEW_AUDIT_LOG);
    return displayNames(ids);
  }

  /**
   * Display names, for showing who wrote what to those who may see it; a deleted user's is blank.
   */
  @Transactional
  public Map<Long, String> displayNames(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new java.util.HashMap<>();
    em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(u -> names.put(u.getId(), u.isDeleted() ? "" : u.getDisplayName()));
    return names;
  }

  @Transactional
  public List<Profile> search(String text, int offset, int limit) {
    authorization.require(IdentityAction.MANAGE_USER_ROLES);
    return users.search(blankToNull(text), offset, limit).stream().map(Profile::of).toList();
  }

  @Transactional
  public long count(String text) {
    authorization.require(IdentityAction.MANAGE_USER_ROLES);
    return users.countSearch(blankToNull(text));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private UserAccount require(long userId) {
    return users.find(userId).orElseThrow(() -> new InputProblem("user", "account.unknown"));
  }
}
