package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import no.boforum.platform.InputProblem;

/** A forgotten password: a link by mail, then a new password that ends every open session. */
@ApplicationScoped
public class PasswordReset {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject Tokens tokens;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;
  @Inject AccountMails mails;
  @Inject BootstrapAdministrator bootstrap;

  /**
   * Mails a reset link if the address belongs to an account. The caller says the same thing either
   * way, so the form does not reveal who has an account.
   */
  @Transactional
  public void requestPasswordReset(String email, String address) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    users
        .findByEmail(normalised)
        .filter(mails::mayMail)
        .ifPresent(
            user -> {
              mails.sendPasswordReset(user);
              audit.record(
                  AuditEvent.Type.PASSWORD_RESET_REQUESTED,
                  null,
                  user.getId(),
                  null,
                  address,
                  null);
            });
  }

  /** Sets a new password with a reset token; this also proves the email address. */
  @Transactional
  public long resetPassword(String token, String newPassword, String address) {
    UserAccount user = tokens.accountOf(tokens.redeem(token, UserToken.Purpose.RESET_PASSWORD));
    PasswordPolicy.problem(newPassword, user.getEmail(), user.getDisplayName())
        .ifPresent(
            key -> {
              throw new InputProblem("password", key, PasswordPolicy.MIN_LENGTH);
            });
    user.setPasswordHash(passwords.hash(newPassword));
    user.markEmailVerified();
    user.endSessions();
    tokens.revokeAll(user.getId());
    throttle.recordSuccess(user.getEmail());
    bootstrap.grant(user, address);
    audit.record(
        AuditEvent.Type.PASSWORD_CHANGED, user.getId(), user.getId(), null, address, "reset");
    return user.getId();
  }
}
