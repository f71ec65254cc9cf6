package no.boforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where mail goes: an SMTP server if {@code boforum.smtp.host} is set, else nowhere yet. */
@ApplicationScoped
public class MailSettings {
  @Inject
  @ConfigProperty(name = "boforum.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "boforum.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "boforum.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "boforum.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "boforum.smtp.starttls", defaultValue = "true")
  boolean startTls;

  /** The longest wait for the SMTP server to accept a connection or to answer, each time. */
  @Inject
  @ConfigProperty(name = "boforum.smtp.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "boforum.mail.from", defaultValue = "Boforum <ikke-svar@boforum.no>")
  String from;

  /** The development mailbox page: on only where the run command turns it on. */
  @Inject
  @ConfigProperty(name = "boforum.mail.dev-mailbox", defaultValue = "false")
  boolean devMailbox;

  public String host() {
    return host.orElseThrow();
  }

  public int port() {
    return port;
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public String password() {
    return password.orElse("");
  }

  public boolean startTls() {
    return startTls;
  }

  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  public String from() {
    return from;
  }

  public boolean smtpConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The mailbox page shows queued mail only when no SMTP server would send it. */
  public boolean devMailboxEnabled() {
    return devMailbox && !smtpConfigured();
  }
}
