package no.boforum.practice;

/** Whether the work itself is planned, going on, or over (not its place in the workflow). */
public enum ActivityStatus {
  PLANNED,
  ACTIVE,
  ENDED
}
