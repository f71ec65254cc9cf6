package no.boforum.search.saved;

import java.util.List;
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
   * string (everything) is a search too. {@code facets} are the facet parameters, in order.
   */
  static String queryString(String raw, List<String> facets) {
    String canonical =
        SearchQuery.fromParameters(QueryParameters.values(raw), 1, facets)
            .withPage(1)
            .toQueryString();
    if (canonical.length() > MAX_QUERY) {
      throw new InputProblem("queryString", "savedSearch.query.tooLong");
    }
    return canonical;
  }
}
