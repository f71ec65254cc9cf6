package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Writes and reads the security audit log. */
@ApplicationScoped
public class AuditLog {
  /** Which events to list; null fields match everything. */
  public record Filter(AuditEvent.Type type, Long userId, LocalDateTime from, LocalDateTime to) {
    public static final Filter ALL = new Filter(null, null, null, null);
  }

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      AuditEvent.Type type,
      Long actorId,
      Long subjectUserId,
      Long organisationId,
      String address,
      String detail) {
    em.persist(
        new AuditEvent(
            LocalDateTime.now(clock),
            type,
            actorId,
            subjectUserId,
            organisationId,
            address,
            detail));
  }

  @Transactional
  public List<AuditEntry> find(Filter filter, int offset, int limit) {
    return query(filter, "SELECT e", " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(AuditEntry::of)
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "SELECT COUNT(e)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEvent e WHERE 1 = 1");
    if (f.type() != null) {
      jpql.append(" AND e.type = :type");
    }
    if (f.userId() != null) {
      jpql.append(" AND (e.actorId = :user OR e.subjectUserId = :user)");
    }
    if (f.from() != null) {
      jpql.append(" AND e.occurredAt >= :from");
    }
    if (f.to() != null) {
      jpql.append(" AND e.occurredAt < :to");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    if (f.type() != null) {
      q.setParameter("type", f.type());
    }
    if (f.userId() != null) {
      q.setParameter("user", f.userId());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    return q;
  }
}
