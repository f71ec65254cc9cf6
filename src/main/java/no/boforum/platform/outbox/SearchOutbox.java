package no.boforum.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes and claims outbox rows, one per changed item of a kind. Features do not write rows: they
 * announce a {@link ContentChanged} in their transaction, and this records it. Counts are per kind,
 * so that a kind with a slow drainer is told apart from the others.
 */
@ApplicationScoped
public class SearchOutbox {
  /** A row that failed this often is left for an operator instead of blocking the queue. */
  public static final int MAX_ATTEMPTS = 10;

  @PersistenceContext EntityManager em;

  /**
   * Records an announced change, in the announcing transaction (a synchronous observer runs in the
   * caller's transaction; MANDATORY refuses a change announced outside one).
   */
  @Transactional(TxType.MANDATORY)
  void onChange(@Observes ContentChanged change) {
    persist(change.kind(), change.keys());
  }

  /**
   * Queues these items of a kind, for an index that is new and empty: in the caller's transaction,
   * or in one of its own.
   */
  @Transactional
  public void queue(String kind, Collection<String> keys) {
    persist(kind, keys);
  }

  private void persist(String kind, Collection<String> keys) {
    LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
    for (String key : keys) {
      em.persist(new OutboxEntry(kind, key, OutboxEntry.Operation.UPSERT, now));
    }
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

  /** Rows of every kind still to be indexed (not counting parked ones). */
  @Transactional
  public long pending() {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.attempts < :max", Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }

  /**
   * When the oldest row of these kinds still to be indexed was written; empty when none waits. Rows
   * of a kind no instance knows are not counted: nobody will ever index them.
   */
  @Transactional
  public Optional<LocalDateTime> oldestPending(Collection<String> kinds) {
    if (kinds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(e.createdAt) FROM OutboxEntry e"
                    + " WHERE e.documentType IN :k AND e.attempts < :max",
                LocalDateTime.class)
            .setParameter("k", kinds)
            .setParameter("max", MAX_ATTEMPTS)
            .getSingleResult());
  }

  /** Rows of a kind still to be indexed (not counting parked ones). */
  @Transactional
  public long pending(String kind) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboxEntry e WHERE e.documentType = :k AND e.attempts < :max",
            Long.class)
        .setParameter("k", kind)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }

  /**
   * When the oldest row of a kind still to be indexed was written; empty when that kind's index is
   * up to date.
   */
  @Transactional
  public Optional<LocalDateTime> oldestPending(String kind) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(e.createdAt) FROM OutboxEntry e"
                    + " WHERE e.documentType = :k AND e.attempts < :max",
                LocalDateTime.class)
            .setParameter("k", kind)
            .setParameter("max", MAX_ATTEMPTS)
            .getSingleResult());
  }

  /** Rows of a kind refused {@link #MAX_ATTEMPTS} times, left for an operator. */
  @Transactional
  public long parked(String kind) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboxEntry e WHERE e.documentType = :k AND e.attempts >= :max",
            Long.class)
        .setParameter("k", kind)
        .setParameter("max", MAX_ATTEMPTS)
        .getSingleResult();
  }
}
