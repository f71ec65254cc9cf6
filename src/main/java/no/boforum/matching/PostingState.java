package no.boforum.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need or an offer is in its life. The owner's editors move it between the states that make
 * sense ({@link #movesTo}); {@link #EXPIRED} is reached only by date, and left only by opening
 * again with a later expiry date.
 */
public enum PostingState {
  OPEN,
  IN_DIALOGUE,
  MATCHED,
  DONE,
  WITHDRAWN,
  EXPIRED;

  /** Still looking for a partner: shown on the board unless asked otherwise. */
  public boolean isCurrent() {
    return this == OPEN || this == IN_DIALOGUE;
  }

  /** The states the owner's editors may move a posting to from this one. */
  public Set<PostingState> movesTo() {
    return switch (this) {
      case OPEN -> EnumSet.of(IN_DIALOGUE, MATCHED, WITHDRAWN);
      case IN_DIALOGUE -> EnumSet.of(OPEN, MATCHED, WITHDRAWN);
      case MATCHED -> EnumSet.of(DONE, IN_DIALOGUE, WITHDRAWN);
      case WITHDRAWN, EXPIRED -> EnumSet.of(OPEN);
      case DONE -> EnumSet.noneOf(PostingState.class);
    };
  }
}
