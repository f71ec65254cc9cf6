package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.platform.Conflict;

/**
 * Moderators suspend a person from taking part, for a time that grows with each suspension: a day,
 * a week, a month, then a year. Features refuse what a suspended caller may not do ({@link
 * Caller#isSuspended()}); the audit log keeps each suspension.
 */
@ApplicationScoped
public class Suspensions {
  /** The lengths of the first, second, third and every later suspension. */
  static final List<Duration> LENGTHS =
      List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));

  /** A suspension as given: until when, and how many the person has had (this one included). */
  public record Suspension(long userId, LocalDateTime until, int count) {}

  @Inject UserRepository users;
  @Inject AuditLog audit;
  @Inject Authorization authorization;
  Clock clock = Clock.systemUTC();

  /** The length of the {@code n}th suspension (from 1). */
  public static Duration length(int n) {
    return LENGTHS.get(Math.min(Math.max(n, 1), LENGTHS.size()) - 1);
  }

  /**
   * Suspends the person, by a moderator; {@code detail} says why (for the audit log). A person
   * suspended already is not suspended again (a second click adds no year), and moderators and
   * administrators are not suspended here (an administrator takes the role away first).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Suspension suspend(long userId, String detail, String address) {
    long actor = authorization.require(Area.MODERATION).userId();
    UserAccount user =
        users
            .findLocked(userId)
            .orElseThrow(() -> new no.boforum.platform.InputProblem("user", "account.unknown"));
    LocalDateTime now = LocalDateTime.now(clock);
    if (user.getSuspendedUntil() != null && user.getSuspendedUntil().isAfter(now)) {
      throw new Conflict("moderation.alreadySuspended");
    }
    if (user.getRoles().contains(GlobalRole.MODERATOR)
        || user.getRoles().contains(GlobalRole.ADMINISTRATOR)) {
      throw new Conflict("moderation.suspendModerator");
    }
    user.suspend(now, length(user.getSuspensionCount() + 1));
    audit.record(
        AuditEvent.Type.USER_SUSPENDED,
        actor,
        userId,
        null,
        address,
        "until " + user.getSuspendedUntil() + "; " + detail);
    return new Suspension(userId, user.getSuspendedUntil(), user.getSuspensionCount());
  }
}
