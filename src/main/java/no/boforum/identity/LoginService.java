package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.platform.text.EmailAddresses;

/**
 * Logging in with a local password, throttled per address and per account, and logging out; both
 * are written to the security log.
 */
@ApplicationScoped
public class LoginService {
  /** What a login attempt came to. */
  public enum LoginStatus {
    OK,
    BAD_CREDENTIALS,
    NOT_VERIFIED,
    THROTTLED
  }

  /**
   * @param userId set when OK; @param retryAfter set when THROTTLED
   */
  public record LoginOutcome(LoginStatus status, Long userId, Duration retryAfter) {}

  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;
  @Inject AccountMails mails;
  @Inject PageCache pages;

  @Transactional(dontRollbackOn = RuntimeException.class)
  public LoginOutcome login(String email, String password, String address) {
    pages.changesNoPage();
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (normalised.length() > EmailAddresses.MAX) {
      passwords.matches("", null);
      return new LoginOutcome(LoginStatus.BAD_CREDENTIALS, null, null);
    }
    // Locking the account first makes parallel guesses take turns, so each sees the others'
    // failures and the limit holds.
    Optional<UserAccount> user = users.findByEmailLocked(normalised);
    Optional<Duration> wait = throttle.waitFor(normalised, address);
    if (wait.isPresent()) {
      audit.record(AuditEvent.Type.LOGIN_THROTTLED, null, null, null, address, normalised);
      return new LoginOutcome(LoginStatus.THROTTLED, null, wait.get());
    }
    boolean matches =
        passwords.matches(
            password == null ? "" : password, user.map(UserAccount::getPasswordHash).orElse(null));
    if (!matches) {
      throttle.recordFailure(normalised, address);
      Long id = user.map(UserAccount::getId).orElse(null);
      audit.record(AuditEvent.Type.LOGIN_FAILED, null, id, null, address, normalised);
      return new LoginOutcome(LoginStatus.BAD_CREDENTIALS, null, null);
    }
    UserAccount account = user.get();
    if (!account.isEmailVerified()) {
      mails.sendVerification(account);
      return new LoginOutcome(LoginStatus.NOT_VERIFIED, null, null);
    }
    throttle.recordSuccess(normalised);
    audit.record(
        AuditEvent.Type.LOGIN_SUCCEEDED,
        account.getId(),
        account.getId(),
        null,
        address,
        "password");
    return new LoginOutcome(LoginStatus.OK, account.getId(), null);
  }

  /** The account's session epoch now, for the session a login begins (0 for no account). */
  @Transactional
  public int sessionEpoch(long userId) {
    return users.find(userId).map(UserAccount::getSessionEpoch).orElse(0);
  }

  @Transactional
  public void recordLogout(long userId, String address) {
    pages.changesNoPage();
    audit.record(AuditEvent.Type.LOGOUT, userId, userId, null, address, null);
  }
}
