package no.boforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Queues mail with the change that causes it, and lists the queue. */
@ApplicationScoped
public class MailOutbox {
  /** A message that failed this many times is left for an operator (it stays in the table). */
  static final int MAX_ATTEMPTS = 10;

  /** The longest subject the table keeps. */
  static final int SUBJECT_MAX = 300;

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(String recipient, String subject, String body) {
    queue(recipient, subject, body, null);
  }

  /** A message with a text file attached ({@code attachment} may be null: none). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(String recipient, String subject, String body, MailAttachment attachment) {
    em.persist(
        new MailMessage(
            recipient, subjectLine(subject), body, attachment, null, LocalDateTime.now(clock)));
  }

  /**
   * A mail the recipient may stop: it carries {@code List-Unsubscribe} with {@code unsubscribeUrl}
   * and {@code List-Unsubscribe-Post} (one click, RFC 8058); {@code attachment} may be null.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void queueStoppable(
      String recipient,
      String subject,
      String body,
      MailAttachment attachment,
      String unsubscribeUrl) {
    em.persist(
        new MailMessage(
            recipient,
            subjectLine(subject),
            body,
            attachment,
            unsubscribeUrl,
            LocalDateTime.now(clock)));
  }

  /**
   * A subject as a header takes it: one line, and no longer than the column (a notification's line
   * with a long title may be); a longer one ends in "…".
   */
  static String subjectLine(String subject) {
    String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
  }

  /** How many messages went (or wait to go) to {@code recipient} within {@code period}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long recentlySentTo(String recipient, java.time.Duration period) {
    return em.createQuery(
            "SELECT COUNT(m) FROM MailMessage m WHERE m.recipient = :r AND m.createdAt > :since",
            Long.class)
        .setParameter("r", recipient)
        .setParameter("since", LocalDateTime.now(clock).minus(period))
        .getSingleResult();
  }

  /** The newest messages first, sent or not: the development mailbox. */
  @Transactional
  public List<MailMessage> latest(int offset, int limit) {
    return em.createQuery("SELECT m FROM MailMessage m ORDER BY m.id DESC", MailMessage.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public long count() {
    return em.createQuery("SELECT COUNT(m) FROM MailMessage m", Long.class).getSingleResult();
  }

  /** Messages still to be sent (not counting those given up on). */
  @Transactional
  public long pending() {
    return em.createQuery(
            "SELECT COUNT(m) FROM MailMessage m WHERE m.sentAt IS NULL AND m.attempts < :max",
            Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }

  /** Messages refused {@link #MAX_ATTEMPTS} times, left for an operator. */
  @Transactional
  public long givenUp() {
    return em.createQuery(
            "SELECT COUNT(m) FROM MailMessage m WHERE m.sentAt IS NULL AND m.attempts >= :max",
            Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }

  /** When the oldest message still to be sent was queued; empty when none waits. */
  @Transactional
  public Optional<LocalDateTime> oldestPending() {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(m.createdAt) FROM MailMessage m"
                    + " WHERE m.sentAt IS NULL AND m.attempts < :max",
                LocalDateTime.class)
            .setParameter("max", MAX_ATTEMPTS)
            .getSingleResult());
  }

  /** Forgets messages sent before {@code before}: the log of what went out need not grow. */
  @Transactional
  void purgeSentBefore(LocalDateTime before) {
    em.createQuery("DELETE FROM MailMessage m WHERE m.sentAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  /**
   * Takes up to {@code limit} messages that may go now for a sender, until {@code claim} from now,
   * in a transaction of its own that ends before anything is sent: the messages come back detached,
   * and the sender records each one's fate ({@link #record}) right after trying it. A sender that
   * dies leaves its messages to be taken again once the claim has run out.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<MailMessage> claim(int limit, java.time.Duration claim) {
    LocalDateTime until = LocalDateTime.now(clock).plus(claim);
    List<MailMessage> messages = claimUnsent(limit);
    messages.forEach(m -> m.markClaimed(until));
    return messages;
  }

  /** Stores what became of a message a sender tried, at once and on its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(MailMessage message) {
    em.merge(message);
  }

  /**
   * Locks up to {@code limit} unsent messages that may go now (none refused lately: {@link
   * MailMessage#retryDelay}); another instance skips them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<MailMessage> claimUnsent(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_message WHERE sent_at IS NULL AND attempts < ?"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                    + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, MAX_ATTEMPTS)
            .setParameter(2, LocalDateTime.now(clock))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(MailMessage.class, id.longValue())).toList();
  }
}
