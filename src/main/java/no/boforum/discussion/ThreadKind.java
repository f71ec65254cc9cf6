package no.boforum.discussion;

/** A question (which replies may answer, and be accepted) or a discussion (no answers). */
public enum ThreadKind {
  QUESTION,
  DISCUSSION
}
