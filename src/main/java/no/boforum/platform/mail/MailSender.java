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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mail to the SMTP server every few seconds: a cluster-once job, so one instance at a
 * time talks to the server. A batch is claimed in a short transaction of its own ({@link
 * MailOutbox#claim}, for {@link #CLAIM}), sent over one connection outside any transaction, and
 * each message's fate is stored right after it was tried: a failure of the database, or of the
 * instance, in the middle of a batch can send again at most the message under way, not the whole
 * batch. A server that cannot be reached (refused, silent until the timeout, the connection lost)
 * is nobody's message's fault: the messages wait, their attempts are not counted, and the batch
 * stops at once, however long the outage lasts. A message the server refuses is tried {@link
 * MailOutbox#MAX_ATTEMPTS} times, waiting longer after each refusal ({@link
 * MailMessage#retryDelay}: 1 minute, doubling, at most 4 hours). An instance without an SMTP server
 * never takes the job.
 */
@ApplicationScoped
public class MailSender implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;
  private static final int KEEP_SENT_DAYS = 30;

  /**
   * How long a batch's messages stay taken: a dead sender's wait for them to go again. A batch
   * stops sending after {@link #SEND_FOR}, well within it, and lets the rest go.
   */
  static final Duration CLAIM = Duration.ofMinutes(5);

  static final Duration SEND_FOR = Duration.ofMinutes(3);

  @Inject MailSettings settings;
  @Inject MailOutbox outbox;
  @Inject MailSender self;
  @Inject MailMetrics metrics;

  @Inject
  @ConfigProperty(name = "boforum.mail.interval-seconds", defaultValue = "5")
  int intervalSeconds;

  private final Clock clock = Clock.systemUTC();
  private volatile boolean unreachable;

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
    int tried = 0;
    Batch batch;
    do {
      batch = self.sendBatch();
      tried += batch.tried();
      // Another batch only after one that went through whole (a refused message waits its turn,
      // and a batch with one is not followed at once by another).
    } while (batch.tried() == BATCH && batch.failed() == 0 && !batch.serverUnreachable());
    Batch last = batch;
    if (last.serverUnreachable() != unreachable) {
      unreachable = last.serverUnreachable();
      if (unreachable) {
        LOG.warning(
            () ->
                "The SMTP server cannot be reached ("
                    + last.error()
                    + "); mail waits and is tried every "
                    + intervalSeconds
                    + " s");
      } else {
        LOG.info("The SMTP server answers again; queued mail is going out");
      }
    }
    return JobOutcome.did(tried);
  }

  /**
   * What a batch came to: how many messages it took from the queue, how many of them failed or were
   * put back, and whether it stopped because the server could not be reached (with that error).
   */
  public record Batch(int tried, int failed, boolean serverUnreachable, String error) {}

  /** Sends up to one batch. */
  public Batch sendBatch() {
    List<MailMessage> messages = outbox.claim(BATCH, CLAIM);
    if (messages.isEmpty()) {
      outbox.purgeSentBefore(LocalDateTime.now(clock).minusDays(KEEP_SENT_DAYS));
      return new Batch(0, 0, false, null);
    }
    return deliver(messages, session(), outbox::record);
  }

  /**
   * Sends the messages over one connection. When it cannot be opened, every message waits for the
   * next run with no attempt counted. When it breaks, the message under way has an attempt counted
   * (it may be what broke it: a message the server always drops is given up in the end rather than
   * holding back the queue) and those after it wait uncounted. A message whose data went out before
   * the connection broke may have arrived: it goes again, as with any SMTP client. Each message's
   * fate goes to {@code record} as soon as it is known; a failure to record ends the batch (the
   * messages not yet tried wait for their claim to run out).
   */
  Batch deliver(List<MailMessage> messages, Session session, Consumer<MailMessage> record) {
    Transport transport;
    try {
      transport = session.getTransport("smtp");
      transport.connect();
    } catch (MessagingException e) {
      messages.forEach(
          m -> {
            m.markDeferred(e.toString());
            record.accept(m);
          });
      metrics.failed();
      return new Batch(messages.size(), messages.size(), true, e.toString());
    }
    int failed = 0;
    long began = System.nanoTime();
    try {
      for (int i = 0; i < messages.size(); i++) {
        MailMessage m = messages.get(i);
        if (System.nanoTime() - began > SEND_FOR.toNanos()) {
          // A slow server: the claim must not run out while this batch still sends.
          for (MailMessage left : messages.subList(i, messages.size())) {
            left.release();
            record.accept(left);
          }
          // Only those tried count: run() claims no further batch after one that stopped short.
          return new Batch(i, failed, false, null);
        }
        boolean sent = false;
        try {
          MimeMessage mime = toMime(session, m);
          mime.saveChanges();
          transport.sendMessage(mime, mime.getAllRecipients());
          sent = true;
        } catch (MessagingException | RuntimeException e) {
          metrics.failed();
          m.markFailed(e.toString(), LocalDateTime.now(clock));
          record.accept(m);
          failed++;
          if (connectionLost(e)) {
            for (MailMessage after : messages.subList(i + 1, messages.size())) {
              after.markDeferred(e.toString());
              record.accept(after);
            }
            return new Batch(messages.size(), failed, true, e.toString());
          }
          // Not the server's text: a refusal names the recipient ("550 <name@example.org>: ..."),
          // which stays in the queue's row (last_error) and out of the log.
          LOG.warning(
              () ->
                  "Could not send mail "
                      + m.getId()
                      + " ("
                      + refusal(e)
                      + ", attempt "
                      + m.getAttempts()
                      + "); next try at "
                      + m.getNextAttemptAt()
                      + " UTC; the server's answer is in mail_message.last_error");
        }
        if (sent) {
          // Outside the try: a failure to record it is not the message's fault, and ends the batch.
          m.markSent(LocalDateTime.now(clock));
          metrics.sent();
          record.accept(m);
        }
      }
      return new Batch(messages.size(), failed, false, null);
    } finally {
      close(transport);
    }
  }

  private static final Pattern REPLY_CODE = Pattern.compile("^([2-5][0-9][0-9])[ -]");

  /**
   * What failed, without the text of the server's answer: the exceptions' classes and the SMTP
   * reply code that begins an answer's text (Angus Mail's {@code SMTPSendFailedException} and
   * {@code SMTPAddressFailedException} carry it there).
   */
  static String refusal(Exception e) {
    StringBuilder out = new StringBuilder();
    String code = null;
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      out.append(out.length() == 0 ? "" : " < ").append(t.getClass().getSimpleName());
      Matcher m = REPLY_CODE.matcher(String.valueOf(t.getMessage()));
      if (code == null && m.find()) {
        code = m.group(1);
      }
    }
    return code == null ? out.toString() : "SMTP " + code + ", " + out;
  }

  /** The connection failed (a timeout, a reset, a closed socket), not the server's answer. */
  private static boolean connectionLost(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static void close(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // QUIT on a broken connection: what was sent is sent.
      LOG.fine(() -> "Closing the SMTP connection failed: " + e);
    }
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

  Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    // Bounds on every wait for the server: a server that accepts and never answers costs one
    // timeout per run, not a thread held for ever.
    String timeout = String.valueOf(settings.timeout().toMillis());
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    // A server that stops reading in the middle of a message's data would otherwise block the
    // write until TCP gives up, minutes later.
    props.put("mail.smtp.writetimeout", timeout);
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
