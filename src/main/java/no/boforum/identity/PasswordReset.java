package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.EmailAddresses;

/** A forgotten password: a link by mail, then a new password that ends every open session. */
@ApplicationScoped
public class PasswordReset {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject Tokens tokens;
  @Inject LoginThrottle loginThrottle;
  @Inject AuditLog audit;
  @Inject AccountMails mails;
  @Inject BootstrapAdministrator bootstrap;
  @Inject AccountRequestThrottle throttle;

  /**
   * Mails a reset link if the address belongs to an account, and otherwise a mail saying that it
   * has none (in {@code language}). The caller says the same thing either way, and both ways queue
   * one mail, so neither the answer nor its time reveals who has an account. An address that is not
   * one gets nothing.
   *
   * @throws TooManyAccountRequests if the address or the client asked too often just now
   */
  @Transactional
  public void requestPasswordReset(String email, String language, String address) {
    String normalised;
    try {
      normalised = EmailAddresses.require(email);
    } catch (InputProblem notAnAddress) {
      return;
    }
    throttle.admit(AccountRequestThrottle.Kind.RESET, normalised, address);
    if (!mails.mayMail(normalised)) {
      return;
    }
    Optional<UserAccount> user = users.findByEmail(normalised);
    if (user.isEmpty()) {
      mails.sendNoAccount(normalised, language);
      return;
    }
    mails.sendPasswordReset(user.get());
    audit.record(
        AuditEvent.Type.PASSWORD_RESET_REQUESTED, null, user.get().getId(), null, address, null);
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
    loginThrottle.recordSuccess(user.getEmail());
    bootstrap.grant(user, address);
    audit.record(
        AuditEvent.Type.PASSWORD_CHANGED, user.getId(), user.getId(), null, address, "reset");
    return user.getId();
  }
}
