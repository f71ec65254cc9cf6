package no.boforum.discussion;

/** Where a post stands with moderation. The names are stored; add, never rename. */
public enum PostState {
  /** Everyone reads it. */
  VISIBLE,
  /** One of the first posts of a person outside verified organisations: waits for approval. */
  PENDING,
  /** Flagged past the threshold, for personal information, or by a moderator: hidden. */
  HIDDEN,
  /** Deleted (or refused) by a moderator. */
  REMOVED
}
