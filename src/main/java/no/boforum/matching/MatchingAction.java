package no.boforum.matching;

import no.boforum.identity.Action;

/** What the needs-and-offers feature guards; {@link MatchingPolicy} decides. */
public enum MatchingAction implements Action {
  /**
   * In an organisation (asked with its id): post needs and offers for it, change them and move them
   * between their states.
   */
  WRITE
}
