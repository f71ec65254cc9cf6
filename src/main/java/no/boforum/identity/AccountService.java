package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.EmailAddresses;
import no.boforum.platform.text.InputText;

/**
 * Registering a local account and verifying its email. Logging in is {@link LoginService}'s, a
 * forgotten password {@link PasswordReset}'s, the profile and leaving {@link ProfileService}'s.
 */
@ApplicationScoped
public class AccountService {
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject Tokens tokens;
  @Inject AuditLog audit;
  @Inject AccountMails mails;
  @Inject BootstrapAdministrator bootstrap;
  @Inject AccountRequestThrottle throttle;

  Clock clock = Clock.systemUTC();

  /**
   * Registers an account, or, if the address already has a verified one, tells its owner by mail.
   * Either way the caller hears only "look for a mail": the answer does not reveal who is a member.
   *
   * @throws TooManyAccountRequests if the address or the client registered too often just now
   */
  @Transactional
  public void register(
      String email, String displayName, String password, String language, String address) {
    String normalised = EmailAddresses.require(email);
    String name = requireName(displayName);
    PasswordPolicy.problem(password, normalised, name)
        .ifPresent(
            key -> {
              throw new InputProblem("password", key, PasswordPolicy.MIN_LENGTH);
            });
    throttle.admit(AccountRequestThrottle.Kind.REGISTER, normalised, address);
    throttle.takeTurn(AccountRequestThrottle.Kind.REGISTER, normalised);
    Optional<UserAccount> existing = users.findByEmailLocked(normalised);
    // Hashed even for a taken address, so that both answers cost the same work.
    String hash = passwords.hash(password);
    if (existing.isPresent() && existing.get().isEmailVerified()) {
      mails.sendRegistrationAttempt(existing.get());
      return;
    }
    // An account nobody has verified proves nothing: registering again takes it over, so a
    // stranger who registered someone's address first cannot keep it.
    UserAccount user =
        existing.orElseGet(
            () -> new UserAccount(normalised, name, language(language), LocalDateTime.now(clock)));
    user.replaceUnverified(name, language(language));
    user.setPasswordHash(hash);
    if (existing.isPresent()) {
      tokens.revokeAll(user.getId());
    } else {
      users.persist(user);
    }
    audit.record(
        AuditEvent.Type.ACCOUNT_REGISTERED, user.getId(), user.getId(), null, address, null);
    mails.sendVerification(user);
  }

  /**
   * Marks the account's email verified. The link proves the mailbox, the password proves the person
   * who registered: both are needed, so a stranger's registration cannot be verified by a click of
   * the address's owner (or by a mail scanner fetching the link). An expired, used or unknown token
   * is refused; a wrong password leaves the token unused.
   */
  @Transactional
  public long verifyEmail(String token, String password, String address) {
    UserAccount user = tokens.accountOf(tokens.check(token, UserToken.Purpose.VERIFY_EMAIL));
    if (!passwords.matches(password == null ? "" : password, user.getPasswordHash())) {
      throw new InputProblem("password", "verify.wrongPassword");
    }
    tokens.redeem(token, UserToken.Purpose.VERIFY_EMAIL);
    user.markEmailVerified();
    audit.record(AuditEvent.Type.EMAIL_VERIFIED, user.getId(), user.getId(), null, address, null);
    bootstrap.grant(user, address);
    return user.getId();
  }

  /** Why a verification link would be refused, before the person types the password. */
  @Transactional
  public Optional<String> verifyTokenProblem(String token) {
    Tokens.Redemption r = tokens.check(token, UserToken.Purpose.VERIFY_EMAIL);
    return r.accepted()
        ? Optional.empty()
        : Optional.of("token." + r.refusal().name().toLowerCase(Locale.ROOT));
  }

  /** A display name by the portal's input rule (decision 0025), whichever way it came in. */
  static String requireName(String displayName) {
    // A name is one line: line breaks and tabs the input rule keeps in texts become one space.
    String name =
        displayName == null ? "" : InputText.clean(displayName).replaceAll("\\s+", " ").strip();
    if (name.isEmpty()) {
      throw new InputProblem("displayName", "account.nameRequired");
    }
    if (name.length() > 120) {
      throw new InputProblem("displayName", "account.nameTooLong", 120);
    }
    return name;
  }

  static String language(String language) {
    // Set.of(...).contains(null) throws: a registration without a language gets bokmål.
    return language != null && Set.of("nb", "nn", "en").contains(language) ? language : "nb";
  }
}
