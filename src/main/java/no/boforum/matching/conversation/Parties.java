package no.boforum.matching.conversation;

/**
 * The two organisations of a conversation, as {@link ConversationPolicy} is asked about it: the
 * posting's owner, the organisation that got in touch, and whether a party flagged it.
 */
public record Parties(long owner, long writer, boolean flagged) {
  static Parties of(Conversation c, long owner) {
    return new Parties(owner, c.getOrganisationId(), c.isFlagged());
  }
}
