package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slows down password guessing: after {@link #PER_ACCOUNT} failed logins for one account, or {@link
 * #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused until the
 * oldest failure leaves the window. Counted in the database, so every instance agrees.
 */
@ApplicationScoped
public class LoginThrottle {
  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  /** How long the caller must wait, if it must. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Duration> waitFor(String email, String address) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime since = now.minus(WINDOW);
    Optional<Duration> account = wait("email", email, PER_ACCOUNT, since, now);
    return account.isPresent() ? account : wait("address", address, PER_ADDRESS, since, now);
  }

  private Optional<Duration> wait(
      String column, String value, int limit, LocalDateTime since, LocalDateTime now) {
    var recent =
        em.createNativeQuery(
                "SELECT failed_at FROM login_failure WHERE "
                    + column
                    + " = ? AND failed_at > ? ORDER BY failed_at DESC LIMIT ?")
            .setParameter(1, value)
            .setParameter(2, since)
            .setParameter(3, limit)
            .getResultList();
    if (recent.size() < limit) {
      return Optional.empty();
    }
    LocalDateTime oldestCounted = toLocalDateTime(recent.get(limit - 1));
    Duration left = Duration.between(now, oldestCounted.plus(WINDOW));
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  private static LocalDateTime toLocalDateTime(Object value) {
    return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFailure(String email, String address) {
    LocalDateTime now = LocalDateTime.now(clock);
    // Failures older than the window count no more; forget this account's and address's.
    em.createNativeQuery("DELETE FROM login_failure WHERE email = ? AND failed_at < ?")
        .setParameter(1, email)
        .setParameter(2, now.minus(WINDOW))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM login_failure WHERE address = ? AND failed_at < ?")
        .setParameter(1, address)
        .setParameter(2, now.minus(WINDOW))
        .executeUpdate();
    em.createNativeQuery("INSERT INTO login_failure (email, address, failed_at) VALUES (?, ?, ?)")
        .setParameter(1, email)
        .setParameter(2, address)
        .setParameter(3, now)
        .executeUpdate();
  }

  /** A successful login forgets the account's failures (not the address's). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSuccess(String email) {
    em.createNativeQuery("DELETE FROM login_failure WHERE email = ?")
        .setParameter(1, email)
        .executeUpdate();
  }
}
