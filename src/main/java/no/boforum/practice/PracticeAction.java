package no.boforum.practice;

import no.boforum.identity.Action;

/**
 * What the practice feature guards. Actions "in an organisation" are asked with the owning
 * organisation's id; {@link PracticePolicy} decides them.
 */
public enum PracticeAction implements Action {
  /** In an organisation: create and change its practices, attachments and adoption reports. */
  EDIT,
  /** In an organisation: see its unpublished practices (drafts, submissions, the archive). */
  VIEW_UNPUBLISHED,
  /** Review and publish any organisation's practices: Husbanken's editorial role, a moderator's. */
  REVIEW
}
