package no.boforum.matching;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the board is narrowed by: a side, the states (the current ones, open and in dialogue, unless
 * asked), and a code each of target group, theme, county and actor type (null: any). The actor type
 * of a need is a kind of actor it wants; of an offer, the kind of actor that offers.
 *
 * @param changedSince only postings changed after this UTC time (the harvesters' {@code
 *     changedSince}); null: any
 */
public record PostingFilter(
    Side side,
    Set<PostingState> states,
    String targetGroup,
    String theme,
    String county,
    String actorType,
    LocalDateTime changedSince) {
  public static final Set<PostingState> CURRENT =
      Set.of(PostingState.OPEN, PostingState.IN_DIALOGUE);

  public PostingFilter {
    states = states == null || states.isEmpty() ? CURRENT : Set.copyOf(states);
  }

  public PostingFilter(
      Side side,
      Set<PostingState> states,
      String targetGroup,
      String theme,
      String county,
      String actorType) {
    this(side, states, targetGroup, theme, county, actorType, null);
  }

  /** The same filter, narrowed to postings changed after a UTC time (null: any). */
  public PostingFilter changedSince(LocalDateTime since) {
    return new PostingFilter(side, states, targetGroup, theme, county, actorType, since);
  }

  /** How the board is ordered. */
  public enum Sort {
    /** Newest first. */
    NEWEST,
    /** The soonest expiry first. */
    EXPIRES,
    /** By title. */
    TITLE
  }
}
