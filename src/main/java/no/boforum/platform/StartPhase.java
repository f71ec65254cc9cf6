package no.boforum.platform;

/**
 * The steps of start-up, in the order they run. A feature joins one by observing {@link
 * ApplicationStartup.Started} with the {@link Phase} qualifier, instead of counting priorities from
 * another feature's constant.
 */
public enum StartPhase {
  /** The schema has just been migrated: nothing is in it yet that start-up writes. */
  SCHEMA,
  /** Codes and labels that content refers to (taxonomies). */
  REFERENCE_DATA,
  /** Seed content from files (organisations, practices), after the reference data. */
  CONTENT,
  /** Background work starts: the content is in, so the first runs see it. */
  JOBS
}
