package no.boforum.event;

/** What a finding of a forum is about. */
public enum FindingKind {
  /** What municipalities want from other actors. */
  MUNICIPALITIES_WANT,
  /** What other actors (NGOs, social entrepreneurs, users) offer. */
  OTHERS_OFFER,
  /** An idea to try. */
  IDEA,
  /** A barrier, such as procurement rules. */
  BARRIER
}
