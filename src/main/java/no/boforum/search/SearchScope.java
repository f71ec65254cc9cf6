package no.boforum.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one search spans: every kind's alias, the fields the text is matched in (the common title
 * and summary, then each kind's own), the fields highlights come from, the fields left out of the
 * hits, the facets, and the nested parts whose best match is shown (posts of a thread). A field one
 * index lacks simply matches nothing there.
 */
record SearchScope(
    List<String> indices,
    List<String> fields,
    List<String> highlighted,
    List<String> hidden,
    List<SearchFacet> facets,
    List<SearchableKind.Parts> parts) {
  /**
   * The common fields; {@code folded} forgives a missing æ, ø or å ("bostedslose"), and {@code
   * title.plain} (words as written: no synonyms, stems or compound parts) puts a practice named by
   * the query above those that share a part of its name.
   */
  static final List<String> COMMON_FIELDS =
      List.of(
          "title^3",
          "title.plain^2",
          "title.nn^3",
          "title.folded^2",
          "summary^2",
          "summary.nn^2",
          "summary.folded");

  static final List<String> COMMON_HIGHLIGHTED = List.of("summary", "summary.nn");

  static SearchScope of(List<SearchableKind> kinds, List<SearchFacet> facets) {
    List<String> indices = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>(COMMON_FIELDS);
    Set<String> highlighted = new LinkedHashSet<>(COMMON_HIGHLIGHTED);
    Set<String> hidden = new LinkedHashSet<>();
    List<SearchableKind.Parts> parts = new ArrayList<>();
    for (SearchableKind kind : kinds) {
      kind.parts().ifPresent(parts::add);
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
        facets,
        List.copyOf(parts));
  }
}
