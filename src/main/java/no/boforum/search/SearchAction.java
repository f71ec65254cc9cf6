package no.boforum.search;

import no.boforum.identity.Action;

/** What search guards; {@link SearchPolicy} decides them. */
public enum SearchAction implements Action {
  /** Save searches, change and delete one's own, and get their alerts. */
  KEEP_SAVED_SEARCHES,
  /** Rebuild the index, see its health and what people search for. */
  ADMINISTER_INDEX
}
