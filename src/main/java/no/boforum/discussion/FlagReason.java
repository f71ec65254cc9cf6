package no.boforum.discussion;

/** Why someone flags a post. The names are stored; add, never rename. */
public enum FlagReason {
  SPAM,
  OFFENSIVE,
  OFF_TOPIC,
  /** Personal information about a client or resident: hides the post at once. */
  PERSONAL_INFORMATION
}
