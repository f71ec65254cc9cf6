package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.boforum.platform.InputProblem;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Local accounts: register, verify, log in, reset a password, change a profile, leave. */
@ApplicationScoped
public class AccountService {
  static final Duration VERIFY_VALIDITY = Duration.ofHours(48);
  static final Duration RESET_VALIDITY = Duration.ofHours(1);
  static final int MAX_EMAIL = 254;

  /** At most this many verification or reset mails to one address per hour. */
  static final int MAILS_PER_HOUR = 5;

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
  @Inject Tokens tokens;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;
  @Inject MailOutbox mail;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  /** The account that becomes administrator when it verifies its email: the first admin. */
  @Inject
  @ConfigProperty(name = "boforum.bootstrap.admin-email")
  Optional<String> bootstrapAdmin;

  Clock clock = Clock.systemUTC();

  @Transactional
  public long register(
      String email, String displayName, String password, String language, String address) {
    String normalised = requireEmail(email);
    String name = requireName(displayName);
    PasswordPolicy.problem(password, normalised, name)
        .ifPresent(
            key -> {
              throw new InputProblem("password", key, PasswordPolicy.MIN_LENGTH);
            });
    Optional<UserAccount> existing = users.findByEmailLocked(normalised);
    if (existing.isPresent() && existing.get().isEmailVerified()) {
      throw new InputProblem("email", "account.emailTaken");
    }
    // An account nobody has verified proves nothing: registering again takes it over, so a
    // stranger who registered someone's address first cannot keep it.
    UserAccount user =
        existing.orElseGet(
            () -> new UserAccount(normalised, name, language(language), LocalDateTime.now(clock)));
    user.replaceUnverified(name, language(language));
    user.setPasswordHash(passwords.hash(password));
    if (existing.isPresent()) {
      tokens.revokeAll(user.getId());
    } else {
      users.persist(user);
    }
    audit.record(
        AuditEvent.Type.ACCOUNT_REGISTERED, user.getId(), user.getId(), null, address, null);
    sendVerification(user);
    return user.getId();
  }

  /**
   * Marks the account's email verified. The link proves the mailbox, the password proves the person
   * who registered: both are needed, so a stranger's registration cannot be verified by a click of
   * the address's owner (or by a mail scanner fetching the link). An expired, used or unknown token
   * is refused; a wrong password leaves the token unused.
   */
  @Transactional
  public long verifyEmail(String token, String password, String address) {
    UserAccount user = accountOf(tokens.check(token, UserToken.Purpose.VERIFY_EMAIL));
    if (!passwords.matches(password == null ? "" : password, user.getPasswordHash())) {
      throw new InputProblem("password", "verify.wrongPassword");
    }
    tokens.redeem(token, UserToken.Purpose.VERIFY_EMAIL);
    user.markEmailVerified();
    audit.record(AuditEvent.Type.EMAIL_VERIFIED, user.getId(), user.getId(), null, address, null);
    grantBootstrapAdministrator(user, address);
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

  /**
   * The configured first administrator becomes administrator once the address's owner has shown
   * both the mailbox and a password of their own (verification, a password reset, or a provider's
   * verified email).
   */
  void grantBootstrapAdministrator(UserAccount user, String address) {
    if (bootstrapAdmin.filter(a -> a.strip().equalsIgnoreCase(user.getEmail())).isPresent()
        && !user.getRoles().contains(GlobalRole.ADMINISTRATOR)) {
      Set<GlobalRole> roles = user.getRoles();
      roles.add(GlobalRole.ADMINISTRATOR);
      user.setRoles(roles);
      audit.record(
          AuditEvent.Type.ROLES_CHANGED,
          null,
          user.getId(),
          null,
          address,
          "bootstrap administrator");
    }
  }

  @Transactional(dontRollbackOn = RuntimeException.class)
  public LoginOutcome login(String email, String password, String address) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (normalised.length() > MAX_EMAIL) {
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
      sendVerification(account);
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

  @Transactional
  public void recordLogout(long userId, String address) {
    audit.record(AuditEvent.Type.LOGOUT, userId, userId, null, address, null);
  }

  /**
   * Mails a reset link if the address belongs to an account. The caller says the same thing either
   * way, so the form does not reveal who has an account.
   */
  @Transactional
  public void requestPasswordReset(String email, String address) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    users
        .findByEmail(normalised)
        .filter(user -> mail.recentlySentTo(user.getEmail(), Duration.ofHours(1)) < MAILS_PER_HOUR)
        .ifPresent(
            user -> {
              String token =
                  tokens.issue(user.getId(), UserToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
              Locale locale = Messages.locale(user.getPreferredLanguage());
              mail.queue(
                  user.getEmail(),
                  Messages.format(locale, "mail.reset.subject"),
                  Messages.format(
                      locale,
                      "mail.reset.body",
                      user.getDisplayName(),
                      link("reset-password?token=" + token),
                      RESET_VALIDITY.toMinutes()));
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
    UserAccount user = accountOf(tokens.redeem(token, UserToken.Purpose.RESET_PASSWORD));
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
    grantBootstrapAdministrator(user, address);
    audit.record(
        AuditEvent.Type.PASSWORD_CHANGED, user.getId(), user.getId(), null, address, "reset");
    return user.getId();
  }

  /** The account a token is for; a refused token or a deleted account is a problem to show. */
  private UserAccount accountOf(Tokens.Redemption r) {
    if (!r.accepted()) {
      throw new InputProblem("token", "token." + r.refusal().name().toLowerCase(Locale.ROOT));
    }
    return users.find(r.userId()).orElseThrow(() -> new InputProblem("token", "token.unknown"));
  }

  private void sendVerification(UserAccount user) {
    if (mail.recentlySentTo(user.getEmail(), Duration.ofHours(1)) >= MAILS_PER_HOUR) {
      return;
    }
    String token = tokens.issue(user.getId(), UserToken.Purpose.VERIFY_EMAIL, VERIFY_VALIDITY);
    Locale locale = Messages.locale(user.getPreferredLanguage());
    mail.queue(
        user.getEmail(),
        Messages.format(locale, "mail.verify.subject"),
        Messages.format(
            locale,
            "mail.verify.body",
            user.getDisplayName(),
            link("verify?token=" + token),
            VERIFY_VALIDITY.toHours()));
  }

  private String link(String pathAndQuery) {
    return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + pathAndQuery;
  }

  public static String requireEmail(String email) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw new InputProblem("email", "account.emailRequired");
    }
    try {
      InternetAddress parsed = new InternetAddress(normalised, true);
      if (!normalised.equals(parsed.getAddress())
          || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new AddressException(normalised);
      }
    } catch (AddressException e) {
      throw new InputProblem("email", "account.emailInvalid");
    }
    if (normalised.length() > MAX_EMAIL) {
      throw new InputProblem("email", "account.emailInvalid");
    }
    return normalised;
  }

  static String requireName(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
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
