package no.boforum.opendata;

import no.boforum.identity.Action;

/** What open data guards; {@link OpenDataPolicy} decides. Reading open data is everyone's. */
public enum OpenDataAction implements Action {
  /** Ask for a fresh export before the next scheduled one. */
  REQUEST_EXPORT
}
