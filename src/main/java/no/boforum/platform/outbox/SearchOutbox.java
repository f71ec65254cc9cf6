package no.boforum.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Writes and claims outbox rows. Writers must already be in a transaction. */
@ApplicationScoped
public class SearchOutbox {
  /** A row that failed this often is left for an operator instead of blocking the queue. */
  public static final int MAX_ATTEMPTS = 10;

  @PersistenceContext EntityManager em;

  /** Records that a document changed; joins the caller's transaction, never starts its own. */
  @Transactional(TxType.MANDATORY)
  public void record(String documentType, String documentKey, OutboxEntry.Operation operation) {
    em.persist(
        new OutboxEntry(
            documentType, documentKey, operation, LocalDateTime.now(Clock.systemUTC())));
  }

  /**
   * Claims the oldest pending rows for the current transaction. Rows that another instance holds
   * are skipped, so several application instances can drain one outbox side by side.
   */
  @Transactional(TxType.MANDATORY)
  public List<OutboxEntry> claim(String documentType, int limit) {
    @SuppressWarnings("unchecked")
    List<OutboxEntry> rows =
        em.createNativeQuery(
                "SELECT * FROM search_outbox WHERE document_type = ?3 AND attempts < ?2"
                    + " ORDER BY id LIMIT ?1"
                    + " FOR UPDATE SKIP LOCKED",
                OutboxEntry.class)
            .setParameter(1, limit)
            .setParameter(2, MAX_ATTEMPTS)
            .setParameter(3, documentType)
            .getResultList();
    return rows;
  }

  @Transactional(TxType.MANDATORY)
  public void remove(Collection<OutboxEntry> done) {
    done.forEach(em::remove);
  }

  @Transactional(TxType.MANDATORY)
  public void countFailedAttempt(Collection<OutboxEntry> failed) {
    failed.forEach(OutboxEntry::countFailedAttempt);
  }

  /** Rows still to be indexed (not counting parked ones). */
  @Transactional
  public long pending() {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.attempts < :max", Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }

  /** When the oldest row still to be indexed was written; empty when the index is up to date. */
  @Transactional
  public Optional<LocalDateTime> oldestPending() {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(e.createdAt) FROM OutboxEntry e WHERE e.attempts < :max",
                LocalDateTime.class)
            .setParameter("max", MAX_ATTEMPTS)
            .getSingleResult());
  }

  /** Rows refused {@link #MAX_ATTEMPTS} times, left for an operator. */
  @Transactional
  public long parked() {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.attempts >= :max", Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }
}
