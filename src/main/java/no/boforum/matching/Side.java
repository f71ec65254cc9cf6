package no.boforum.matching;

/** Which side of the board a posting is on. */
public enum Side {
  /** What an organisation (typically a municipality) needs from other actors. */
  NEED,
  /** What an organisation (typically an NGO or a social entrepreneur) can do for others. */
  OFFER
}
