package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits registrations and password-reset requests, each kind on its own: at most {@link
 * #PER_EMAIL} for one email address and {@code boforum.account-requests.per-client} from one client
 * address within {@link #WINDOW}. Every request counts, whether or not the address has an account,
 * so being refused tells nothing about membership. Counted in the database, like {@link
 * LoginThrottle}, so every instance agrees. Client addresses listed in {@code
 * boforum.account-requests.unlimited-clients} (none by default) are not limited per client: the
 * test suite registers all its people from one address.
 */
@ApplicationScoped
public class AccountRequestThrottle {
  static final int PER_EMAIL = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** What is asked for: a new account, or a link to set a new password. */
  public enum Kind {
    REGISTER,
    RESET
  }

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "boforum.account-requests.per-client", defaultValue = "20")
  int perClient;

  @Inject
  @ConfigProperty(name = "boforum.account-requests.unlimited-clients")
  Optional<String> unlimitedClients;

  Clock clock = Clock.systemUTC();

  /**
   * Counts this request, or refuses it with how long to wait.
   *
   * @throws TooManyAccountRequests if the email or the client address had its share
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void admit(Kind kind, String email, String address) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime since = now.minus(WINDOW);
    em.createNativeQuery("DELETE FROM account_request WHERE requested_at < ?")
        .setParameter(1, since)
        .executeUpdate();
    Duration wait = waitFor(kind, "email", email, PER_EMAIL, since, now);
    if (!isUnlimited(address)) {
      wait = longest(wait, waitFor(kind, "address", address, perClient, since, now));
    }
    if (wait != null) {
      throw new TooManyAccountRequests(wait);
    }
    em.createNativeQuery(
            "INSERT INTO account_request (kind, email, address, requested_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, kind.name())
        .setParameter(2, email.toLowerCase(Locale.ROOT))
        .setParameter(3, address)
        .setParameter(4, now)
        .executeUpdate();
  }

  private Duration waitFor(
      Kind kind, String column, String value, int limit, LocalDateTime since, LocalDateTime now) {
    List<?> recent =
        em.createNativeQuery(
                "SELECT requested_at FROM account_request WHERE kind = ? AND "
                    + column
                    + " = ? AND requested_at >= ? ORDER BY requested_at DESC LIMIT ?")
            .setParameter(1, kind.name())
            .setParameter(2, "email".equals(column) ? value.toLowerCase(Locale.ROOT) : value)
            .setParameter(3, since)
            .setParameter(4, limit)
            .getResultList();
    if (recent.size() < limit) {
      return null;
    }
    LocalDateTime oldestCounted = toLocalDateTime(recent.get(limit - 1));
    Duration left = Duration.between(now, oldestCounted.plus(WINDOW));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private boolean isUnlimited(String address) {
    return unlimitedClients.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .anyMatch(client -> client.strip().equals(address));
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
