package no.boforum.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/** One plain-text message to one recipient, with at most one text attachment, queued until sent. */
@Entity
@Table(name = "mail_message")
public class MailMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  /** Not tried again before this (after a refusal); null: may go now. */
  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  @Column(name = "attachment_content")
  private String attachmentContent;

  @Column(name = "unsubscribe_url")
  private String unsubscribeUrl;

  private static final Duration MAX_RETRY_DELAY = Duration.ofHours(4);

  protected MailMessage() {}

  MailMessage(
      String recipient,
      String subject,
      String body,
      MailAttachment attachment,
      String unsubscribeUrl,
      LocalDateTime now) {
    this.recipient = recipient;
    this.unsubscribeUrl = unsubscribeUrl;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    if (attachment != null) {
      this.attachmentName = attachment.fileName();
      this.attachmentType = attachment.contentType();
      this.attachmentContent = attachment.content();
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Optional<MailAttachment> getAttachment() {
    return attachmentName == null
        ? Optional.empty()
        : Optional.of(new MailAttachment(attachmentName, attachmentType, attachmentContent));
  }

  /** The one-click unsubscribe address (RFC 8058) of a mail one may stop; empty for others. */
  public Optional<String> getUnsubscribeUrl() {
    return Optional.ofNullable(unsubscribeUrl);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  /**
   * Marks the message sent and blanks the single-use links in the kept copy: once the mail is out,
   * the database need not hold a way into someone's account.
   */
  void markSent(LocalDateTime now) {
    this.sentAt = now;
    this.nextAttemptAt = null;
    this.body = body.replaceAll("token=[A-Za-z0-9_.-]+", "token=…");
    this.unsubscribeUrl = null;
  }

  void markFailed(String error, LocalDateTime now) {
    this.attempts++;
    this.nextAttemptAt = now.plus(retryDelay(attempts));
    this.lastError = shortened(error);
  }

  /**
   * Taken by a sender until {@code until}: no other run takes it meanwhile. The sender records the
   * message's fate at once after trying it; only a sender that died leaves the claim to run out.
   */
  void markClaimed(LocalDateTime until) {
    this.nextAttemptAt = until;
  }

  /** Not tried after all (the batch stopped before it): the next run takes it. */
  void release() {
    this.nextAttemptAt = null;
  }

  /**
   * How long a message refused {@code attempts} times waits before the next try: 1 minute after the
   * first refusal, doubling, at most 4 hours; about 8 hours from the first try to the last of
   * {@link MailOutbox#MAX_ATTEMPTS}. A greylisting server asks for minutes, a full mailbox for
   * hours.
   */
  static Duration retryDelay(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 8);
    Duration delay = Duration.ofMinutes(1L << doublings);
    return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
  }

  LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  /**
   * Keeps why the message is still waiting, without using up an attempt (the server was away), and
   * lets the next run take it.
   */
  void markDeferred(String error) {
    this.lastError = shortened(error);
    this.nextAttemptAt = null;
  }

  private static String shortened(String error) {
    return error == null || error.length() <= 500 ? error : error.substring(0, 500);
  }

  int getAttempts() {
    return attempts;
  }
}
