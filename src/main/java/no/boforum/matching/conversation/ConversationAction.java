package no.boforum.matching.conversation;

import no.boforum.identity.Action;

/** What conversations about needs and offers guard; {@link ConversationPolicy} decides. */
public enum ConversationAction implements Action {
  /** About {@link Parties} (the writer: the organisation one writes for): get in touch. */
  START,
  /** About {@link Parties}: read the conversation. */
  READ,
  /** About {@link Parties}: answer, share one's contact details, flag. */
  TAKE_PART,
  /** About nothing: list the flagged conversations. */
  MODERATE
}
