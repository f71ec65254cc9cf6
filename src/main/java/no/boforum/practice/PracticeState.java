package no.boforum.practice;

/** Where a practice is in the editorial workflow; only published practices are public. */
public enum PracticeState {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  ARCHIVED
}
