package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.AccountRequestThrottle.Kind;

/**
 * Counts and records one account request atomically, in a transaction of its own that commits
 * before the caller goes on to hash a password. The rows of {@code account_request_key} for the
 * email address and the client address are locked first (always in that order), so that parallel
 * requests for the same address take turns: each sees the ones before it, committed.
 */
@ApplicationScoped
public class AccountRequestLedger {
  @PersistenceContext EntityManager em;

  /** A limit on one column of {@code account_request}; {@code value} as stored. */
  record Limit(String column, String value, int max) {}

  /**
   * Records the request unless a limit is reached.
   *
   * @return null if recorded, or how long to wait
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Duration record(
      Kind kind,
      String email,
      String address,
      List<Limit> limits,
      LocalDateTime now,
      Duration window) {
    LocalDateTime since = now.minus(window);
    for (Limit limit : limits) {
      em.createNativeQuery(
              "INSERT INTO account_request_key (kind, subject) VALUES (?, ?)"
                  + " ON DUPLICATE KEY UPDATE subject = subject")
          .setParameter(1, kind.name())
          .setParameter(2, limit.column() + ":" + limit.value())
          .executeUpdate();
    }
    Duration wait = null;
    for (Limit limit : limits) {
      wait = longest(wait, waitFor(kind, limit, since, now, window));
    }
    if (wait == null) {
      em.createNativeQuery(
              "INSERT INTO account_request (kind, email, address, requested_at)"
                  + " VALUES (?, ?, ?, ?)")
          .setParameter(1, kind.name())
          .setParameter(2, email)
          .setParameter(3, address)
          .setParameter(4, now)
          .executeUpdate();
    }
    return wait;
  }

  private Duration waitFor(
      Kind kind, Limit limit, LocalDateTime since, LocalDateTime now, Duration window) {
    List<?> recent =
        em.createNativeQuery(
                "SELECT requested_at FROM account_request WHERE kind = ? AND "
                    + ("email".equals(limit.column()) ? "email" : "address")
                    + " = ? AND requested_at >= ? ORDER BY requested_at DESC LIMIT ?")
            .setParameter(1, kind.name())
            .setParameter(2, limit.value())
            .setParameter(3, since)
            .setParameter(4, limit.max())
            .getResultList();
    if (recent.size() < limit.max()) {
      return null;
    }
    LocalDateTime oldestCounted = toLocalDateTime(recent.get(limit.max() - 1));
    Duration left = Duration.between(now, oldestCounted.plus(window));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Duration longest(Duration a, Duration b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static LocalDateTime toLocalDateTime(Object value) {
    return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
