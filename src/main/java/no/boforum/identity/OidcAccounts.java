package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.OidcClient.Identity;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.EmailAddresses;
import no.boforum.platform.text.InputText;

/**
 * Turns a login at an OpenID Connect provider into a local account: the account linked to the
 * provider's subject, else the account with the same verified email (which is then linked), else a
 * new account without a password. A provider that vouches for no email address cannot log in
 * someone it has not been linked to.
 */
@ApplicationScoped
public class OidcAccounts {
  @PersistenceContext EntityManager em;
  @Inject UserRepository users;
  @Inject AuditLog audit;
  @Inject LoginThrottle throttle;
  @Inject Tokens tokens;
  @Inject BootstrapAdministrator bootstrap;
  Clock clock = Clock.systemUTC();

  @Transactional
  public long login(Identity identity, String language, String address) {
    Optional<UserAccount> linked = linkedAccount(identity);
    UserAccount user;
    if (linked.isPresent()) {
      user = linked.get();
    } else {
      if (identity.email() == null || !identity.emailVerified()) {
        audit.record(
            AuditEvent.Type.LOGIN_FAILED,
            null,
            null,
            null,
            address,
            "oidc:" + identity.providerId() + " without verified email");
        throw new InputProblem("oidc", "oidc.noVerifiedEmail");
      }
      String email;
      try {
        email = EmailAddresses.require(identity.email());
      } catch (InputProblem notAnAddress) {
        throw new InputProblem("oidc", "oidc.noVerifiedEmail");
      }
      user = users.findByEmailLocked(email).orElse(null);
      if (user != null && !user.isEmailVerified()) {
        // Whoever registered this address never proved it: their password and links must not
        // open the account that the address's owner now logs in to.
        user.setPasswordHash(null);
        tokens.revokeAll(user.getId());
      }
      LocalDateTime now = LocalDateTime.now(clock);
      if (user == null) {
        // The provider's name claim is input like any other (decision 0025): a name of nothing but
        // control or bidi characters is no name, and the address stands in for it.
        String claimed = InputText.clean(identity.name());
        String name = claimed == null || claimed.isBlank() ? email : claimed;
        user =
            new UserAccount(
                email, AccountService.requireName(name), AccountService.language(language), now);
        users.persist(user);
        audit.record(
            AuditEvent.Type.ACCOUNT_REGISTERED,
            user.getId(),
            user.getId(),
            null,
            address,
            "oidc:" + identity.providerId());
      }
      user.markEmailVerified();
      insertLink(identity, user.getId());
    }
    if (user.getEmail() != null) {
      throttle.recordSuccess(user.getEmail());
    }
    bootstrap.grant(user, address);
    audit.record(
        AuditEvent.Type.LOGIN_SUCCEEDED,
        user.getId(),
        user.getId(),
        null,
        address,
        "oidc:" + identity.providerId());
    return user.getId();
  }

  /**
   * Links the provider's identity to the logged-in user (for a provider that sends no email, such
   * as ID-porten); later logins with it open this account.
   */
  @Transactional
  public void link(long userId, Identity identity, String address) {
    Optional<UserAccount> linked = linkedAccount(identity);
    if (linked.isPresent()) {
      if (!linked.get().getId().equals(userId)) {
        throw new InputProblem("oidc", "oidc.linkedElsewhere");
      }
      return;
    }
    UserAccount user =
        users.find(userId).orElseThrow(() -> new InputProblem("oidc", "oidc.badCallback"));
    insertLink(identity, user.getId());
    audit.record(
        AuditEvent.Type.OIDC_LINKED,
        user.getId(),
        user.getId(),
        null,
        address,
        "oidc:" + identity.providerId());
  }

  /** The issuers the user's account is linked to. */
  @Transactional
  public List<String> linkedIssuers(long userId) {
    @SuppressWarnings("unchecked")
    List<String> issuers =
        em.createNativeQuery("SELECT issuer FROM oidc_identity WHERE user_id = ? ORDER BY issuer")
            .setParameter(1, userId)
            .getResultList();
    return issuers;
  }

  private void insertLink(Identity identity, long userId) {
    em.createNativeQuery(
            "INSERT INTO oidc_identity (issuer, subject, user_id, linked_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, identity.issuer())
        .setParameter(2, identity.subject())
        .setParameter(3, userId)
        .setParameter(4, LocalDateTime.now(clock))
        .executeUpdate();
  }

  private Optional<UserAccount> linkedAccount(Identity identity) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT user_id FROM oidc_identity WHERE issuer = ? AND subject = ?")
            .setParameter(1, identity.issuer())
            .setParameter(2, identity.subject())
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : users.find(ids.get(0).longValue());
  }
}
