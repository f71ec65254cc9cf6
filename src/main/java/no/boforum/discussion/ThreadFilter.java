package no.boforum.discussion;

/** Which threads a list shows: all by latest activity, questions without replies, or solved. */
public enum ThreadFilter {
  LATEST,
  UNANSWERED,
  SOLVED
}
