package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.boforum.platform.InputProblem;

/**
 * A logged-in person changes their password, or logs out on every other device. Both end every
 * other session of the account (its epoch rises); the caller's own session goes on with the new
 * epoch, which the answer gives for it.
 */
@ApplicationScoped
public class AccountSessions {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject AuditLog audit;

  /**
   * Sets a new password after checking the present one; answers the account's new session epoch.
   *
   * @throws InputProblem on a wrong present password or a weak new one
   */
  @Transactional
  public int changePassword(long userId, String current, String replacement, String address) {
    UserAccount user = users.find(userId).orElseThrow();
    if (!passwords.matches(current == null ? "" : current, user.getPasswordHash())) {
      throw new InputProblem("currentPassword", "account.password.currentWrong");
    }
    PasswordPolicy.problem(replacement, user.getEmail(), user.getDisplayName())
        .ifPresent(
            key -> {
              throw new InputProblem("password", key, PasswordPolicy.MIN_LENGTH);
            });
    user.setPasswordHash(passwords.hash(replacement));
    user.endSessions();
    audit.record(
        AuditEvent.Type.PASSWORD_CHANGED, user.getId(), user.getId(), null, address, "change");
    return user.getSessionEpoch();
  }

  /** Ends every other session of the account; answers its new session epoch. */
  @Transactional
  public int endOtherSessions(long userId, String address) {
    UserAccount user = users.find(userId).orElseThrow();
    user.endSessions();
    audit.record(AuditEvent.Type.SESSIONS_ENDED, user.getId(), user.getId(), null, address, null);
    return user.getSessionEpoch();
  }
}
