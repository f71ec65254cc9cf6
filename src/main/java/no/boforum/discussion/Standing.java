package no.boforum.discussion;

import java.time.Duration;
import java.time.LocalDateTime;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;

/**
 * A person's standing in discussions, from what identity knows of them: a moderator; someone
 * established (an account at least {@link #NEW_FOR} old, in a verified organisation); or new. It
 * sets the weight of their flags, how fast they may post and whether their first posts wait.
 */
public enum Standing {
  NEW,
  ESTABLISHED,
  MODERATOR;

  /** An account this young is new, whatever its memberships. */
  static final Duration NEW_FOR = Duration.ofDays(14);

  public static Standing of(Caller caller, LocalDateTime now) {
    if (Area.MODERATION.admits(caller)) {
      return MODERATOR;
    }
    boolean old =
        caller.registeredAt() != null && !caller.registeredAt().isAfter(now.minus(NEW_FOR));
    return old && caller.verifiedMember() ? ESTABLISHED : NEW;
  }

  /** The weight a flag of this person adds; a moderator's flag hides at once. */
  int flagWeight() {
    return switch (this) {
      case NEW -> 1;
      case ESTABLISHED -> 2;
      case MODERATOR -> Integer.MAX_VALUE;
    };
  }
}
