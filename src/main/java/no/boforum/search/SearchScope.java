package no.boforum.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one search spans: every kind's alias, the fields the text is matched in (the common title
 * and summary, then each kind's own), the fields highlights come from, the fields left out of the
 * hits, and the facets. A field one index lacks simply matches nothing there.
 */
record SearchScope(
    List<String> indices,
    List<String> fields,
    List<String> highlighted,
    List<String> hidden,
    List<SearchFacet> facets) {
  static final List<String> COMMON_FIELDS =
      List.of("title^3", "title.nn^3", "summary^2", "summary.nn^2");
  static final List<String> COMMON_HIGHLIGHTED = List.of("summary", "summary.nn");

  static SearchScope of(List<SearchableKind> kinds, List<SearchFacet> facets) {
    List<String> indices = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>(COMMON_FIELDS);
    Set<String> highlighted = new LinkedHashSet<>(COMMON_HIGHLIGHTED);
    Set<String> hidden = new LinkedHashSet<>();
    for (SearchableKind kind : kinds) {
      indices.add(kind.alias());
      fields.addAll(kind.textFields());
      highlighted.addAll(kind.highlightFields());
      hidden.addAll(kind.hiddenFields());
    }
    return new SearchScope(
        List.copyOf(indices),
        List.copyOf(fields),
        List.copyOf(highlighted),
        List.copyOf(hidden),
        facets);
  }
}
