package no.boforum.search;

/**
 * When a misspelt text is answered with the results of its correction (decision 0029). The text as
 * typed is searched first; only if it finds almost nothing is its "did you mean" asked for and
 * searched too, and its results are shown instead only if they are clearly more:
 *
 * <ul>
 *   <li>the text as typed finds at most {@link #ALMOST_NOTHING} hits, and
 *   <li>the correction finds at least one, and at least {@link #MARGIN} times as many.
 * </ul>
 *
 * Both counts are of the text alone, before the facets' choices, and never depend on the page or
 * the order: every page, order and filter of a corrected search is corrected alike, so the facet
 * counts a corrected page shows are what choosing them gives.
 */
final class SearchCorrection {
  /**
   * A text that finds this many hits or fewer may be a misspelling: a word misspelt in a practice
   * or two must not keep the user from the many that spell it right.
   */
  static final long ALMOST_NOTHING = 2;

  /** How many times more the correction must find than the text as typed. */
  static final long MARGIN = 10;

  private SearchCorrection() {}

  /** Whether a query whose text as typed finds {@code typed} hits should ask for a correction. */
  static boolean worthAsking(SearchQuery query, long typed) {
    return query.mayBeCorrected() && typed <= ALMOST_NOTHING;
  }

  /** Whether the correction's results replace those of the text as typed. */
  static boolean worthShowing(long typed, long corrected) {
    return typed <= ALMOST_NOTHING && corrected > 0 && corrected >= MARGIN * typed;
  }
}
