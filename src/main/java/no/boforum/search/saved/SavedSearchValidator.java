package no.boforum.search.saved;

import no.boforum.platform.InputProblem;
import no.boforum.search.SearchQuery;

/** Checks and cleans what a user saves: a name, and a search in its one canonical address form. */
final class SavedSearchValidator {
  static final int MAX_NAME = 100;
  static final int MAX_QUERY = 2000;

  private SavedSearchValidator() {}

  static String name(String raw) {
    String name = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
    if (name.isEmpty()) {
      throw new InputProblem("name", "savedSearch.name.required");
    }
    if (name.length() > MAX_NAME) {
      throw new InputProblem("name", "savedSearch.name.tooLong", MAX_NAME);
    }
    return name;
  }

  /**
   * The search as the search page would write it, without the page number: unknown parameters are
   * dropped and the order is fixed, so one search is always saved as the same string. An empty
   * string (every practice) is a search too.
   */
  static String queryString(String raw) {
    String canonical =
        SearchQuery.fromParameters(QueryParameters.values(raw), 1).withPage(1).toQueryString();
    if (canonical.length() > MAX_QUERY) {
      throw new InputProblem("queryString", "savedSearch.query.tooLong");
    }
    return canonical;
  }
}
