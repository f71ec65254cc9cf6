package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Digests;

/** Issues and redeems single-use tokens (256 random bits, URL-safe). */
@ApplicationScoped
public class Tokens {
  /** Why a token was not accepted. */
  public enum Refusal {
    UNKNOWN,
    EXPIRED,
    USED
  }

  /** The outcome of redeeming a token: the user it was for, or why it was refused. */
  public record Redemption(Long userId, Refusal refusal) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  @PersistenceContext EntityManager em;
  @Inject UserRepository users;
  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public String issue(Long userId, UserToken.Purpose purpose, Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LocalDateTime now = LocalDateTime.now(clock);
    // The user's expired tokens are of no more use; a used one is kept until it expires, so that
    // a second click on the same link can be told "already used" rather than "unknown".
    em.createQuery("DELETE FROM UserToken t WHERE t.userId = :u AND t.expiresAt < :now")
        .setParameter("u", userId)
        .setParameter("now", now)
        .executeUpdate();
    em.persist(new UserToken(Digests.sha256(token), userId, purpose, now, now.plus(validity)));
    return token;
  }

  /** Whether the token would be accepted, without using it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Redemption check(String token, UserToken.Purpose purpose) {
    if (token == null || token.isBlank()) {
      return new Redemption(null, Refusal.UNKNOWN);
    }
    UserToken stored = em.find(UserToken.class, Digests.sha256(token.strip()));
    if (stored == null || stored.getPurpose() != purpose) {
      return new Redemption(null, Refusal.UNKNOWN);
    }
    if (stored.getUsedAt() != null) {
      return new Redemption(stored.getUserId(), Refusal.USED);
    }
    if (!LocalDateTime.now(clock).isBefore(stored.getExpiresAt())) {
      return new Redemption(stored.getUserId(), Refusal.EXPIRED);
    }
    return new Redemption(stored.getUserId(), null);
  }

  /** Makes every unused token of the user useless (a new registration, a new password). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revokeAll(Long userId) {
    em.createQuery(
            "UPDATE UserToken t SET t.usedAt = :now WHERE t.userId = :u AND t.usedAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("u", userId)
        .executeUpdate();
  }

  /** Marks the token used if it is known, unused, unexpired and for {@code purpose}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Redemption redeem(String token, UserToken.Purpose purpose) {
    if (token == null || token.isBlank()) {
      return new Redemption(null, Refusal.UNKNOWN);
    }
    UserToken stored =
        em.find(UserToken.class, Digests.sha256(token.strip()), LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = LocalDateTime.now(clock);
    if (stored == null || stored.getPurpose() != purpose) {
      return new Redemption(null, Refusal.UNKNOWN);
    }
    if (stored.getUsedAt() != null) {
      return new Redemption(stored.getUserId(), Refusal.USED);
    }
    if (!now.isBefore(stored.getExpiresAt())) {
      return new Redemption(stored.getUserId(), Refusal.EXPIRED);
    }
    stored.markUsed(now);
    return new Redemption(stored.getUserId(), null);
  }

  /** The account a token is for; a refused token or a deleted account is a problem to show. */
  public UserAccount accountOf(Redemption r) {
    if (!r.accepted()) {
      throw new InputProblem("token", "token." + r.refusal().name().toLowerCase(Locale.ROOT));
    }
    return users.find(r.userId()).orElseThrow(() -> new InputProblem("token", "token.unknown"));
  }
}
