package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails that carry an account's links: verification and password reset, each a single-use
 * token, and the mails that answer a registration or reset the page could not answer without
 * revealing who is a member. Never more than {@link #MAILS_PER_HOUR} to one address in an hour.
 */
@ApplicationScoped
public class AccountMails {
  static final Duration VERIFY_VALIDITY = Duration.ofHours(48);
  static final Duration RESET_VALIDITY = Duration.ofHours(1);

  /** At most this many verification or reset mails to one address per hour. */
  static final int MAILS_PER_HOUR = 5;

  @Inject Tokens tokens;
  @Inject MailOutbox mail;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  /** True if the address may get another mail with a link this hour. */
  public boolean mayMail(UserAccount user) {
    return mayMail(user.getEmail());
  }

  /** True if {@code email}, with an account or not, may get another mail this hour. */
  public boolean mayMail(String email) {
    return mail.recentlySentTo(email, Duration.ofHours(1)) < MAILS_PER_HOUR;
  }

  /**
   * Someone registered with the address of an existing account: its owner hears of it, with the
   * ways in, instead of the page saying so to whoever typed the address.
   */
  public void sendRegistrationAttempt(UserAccount owner) {
    if (mayMail(owner)) {
      Locale locale = Messages.locale(owner.getPreferredLanguage());
      mail.queue(
          owner.getEmail(),
          Messages.format(locale, "mail.registeredAgain.subject"),
          Messages.format(
              locale,
              "mail.registeredAgain.body",
              owner.getDisplayName(),
              link("login"),
              link("forgot-password")));
    }
  }

  /**
   * A reset was asked for an address without an account; the caller has checked {@link #mayMail}.
   */
  public void sendNoAccount(String email, String language) {
    Locale locale = Messages.locale(AccountService.language(language));
    mail.queue(
        email,
        Messages.format(locale, "mail.noAccount.subject"),
        Messages.format(locale, "mail.noAccount.body", link("register")));
  }

  /** A link to set a new password; the caller has checked {@link #mayMail}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sendPasswordReset(UserAccount user) {
    String token = tokens.issue(user.getId(), UserToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
    send(user, "mail.reset", "reset-password?token=" + token, RESET_VALIDITY.toMinutes());
  }

  /** A verification link, unless this address had its share of mails this hour. */
  public void sendVerification(UserAccount user) {
    if (mayMail(user)) {
      String token = tokens.issue(user.getId(), UserToken.Purpose.VERIFY_EMAIL, VERIFY_VALIDITY);
      send(user, "mail.verify", "verify?token=" + token, VERIFY_VALIDITY.toHours());
    }
  }

  /** The mail {@code key}: its subject, and its body with the name, the link and its validity. */
  private void send(UserAccount user, String key, String pathAndQuery, long validity) {
    Locale locale = Messages.locale(user.getPreferredLanguage());
    mail.queue(
        user.getEmail(),
        Messages.format(locale, key + ".subject"),
        Messages.format(
            locale, key + ".body", user.getDisplayName(), link(pathAndQuery), validity));
  }

  private String link(String pathAndQuery) {
    return PublicUrls.base(publicUrl) + pathAndQuery;
  }
}
