package no.boforum.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mail to the SMTP server every few seconds: a cluster-once job, so one instance at a
 * time talks to the server (the rows are also locked while a batch is sent). A server that is down
 * leaves the messages queued; each message is tried {@link MailOutbox#MAX_ATTEMPTS} times. An
 * instance without an SMTP server never takes the job.
 */
@ApplicationScoped
public class MailSender implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;
  private static final int KEEP_SENT_DAYS = 30;

  @Inject MailSettings settings;
  @Inject MailOutbox outbox;
  @Inject MailSender self;
  @Inject MailMetrics metrics;

  @Inject
  @ConfigProperty(name = "boforum.mail.interval-seconds", defaultValue = "5")
  int intervalSeconds;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "mail-sender";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  @Override
  public boolean enabled() {
    if (!settings.smtpConfigured()) {
      LOG.warning(
          settings.devMailboxEnabled()
              ? "No SMTP server configured: mail is shown on the development mailbox page /dev/mailbox"
              : "No SMTP server configured (BOFORUM_SMTP_HOST): mail waits in the table mail_message");
      return false;
    }
    return true;
  }

  @Override
  public JobOutcome run() {
    int sent = 0;
    int batch;
    do {
      batch = self.sendBatch();
      sent += batch;
    } while (batch == BATCH);
    return JobOutcome.did(sent);
  }

  /** Sends up to one batch; returns how many messages it tried. */
  @Transactional
  public int sendBatch() {
    var messages = outbox.claimUnsent(BATCH);
    if (messages.isEmpty()) {
      outbox.purgeSentBefore(LocalDateTime.now(clock).minusDays(KEEP_SENT_DAYS));
      return 0;
    }
    Session session = session();
    for (MailMessage m : messages) {
      boolean sent = false;
      try {
        Transport.send(toMime(session, m));
        m.markSent(LocalDateTime.now(clock));
        sent = true;
      } catch (MessagingException | RuntimeException e) {
        m.markFailed(e.toString());
        LOG.log(Level.WARNING, e, () -> "Could not send mail " + m.getId() + "; will retry");
      }
      // Outside the try: counting is never taken for a failure to send.
      if (sent) {
        metrics.sent();
      } else {
        metrics.failed();
      }
    }
    return messages.size();
  }

  private MimeMessage toMime(Session session, MailMessage m) throws MessagingException {
    MimeMessage mime = new MimeMessage(session);
    try {
      mime.setFrom(new InternetAddress(settings.from(), true));
    } catch (jakarta.mail.internet.AddressException e) {
      throw new MessagingException("boforum.mail.from is not a valid address", e);
    }
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient()));
    mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
    if (m.getAttachment().isEmpty()) {
      mime.setText(m.getBody(), StandardCharsets.UTF_8.name());
    } else {
      mime.setContent(withAttachment(m.getBody(), m.getAttachment().get()));
    }
    if (m.getUnsubscribeUrl().isPresent()) {
      mime.setHeader("List-Unsubscribe", "<" + m.getUnsubscribeUrl().get() + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    mime.setSentDate(new Date());
    return mime;
  }

  /** multipart/mixed: the text first, then the file with its own type (a calendar, say). */
  private static MimeMultipart withAttachment(String body, MailAttachment attachment)
      throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(body, StandardCharsets.UTF_8.name());
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                attachment.content().getBytes(StandardCharsets.UTF_8), attachment.contentType())));
    file.setFileName(attachment.fileName());
    file.setDisposition(Part.ATTACHMENT);
    return new MimeMultipart("mixed", text, file);
  }

  private Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    if (settings.user().isEmpty()) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    String user = settings.user().get();
    String password = settings.password();
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password);
          }
        });
  }
}
