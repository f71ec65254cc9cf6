package no.boforum.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The searchable kinds that features contribute (CDI beans implementing {@link SearchableKind}), in
 * a stable order (by name), and the facets of the search page: the {@code type} facet when there is
 * more than one kind, then every kind's facets (a parameter two kinds share is one facet).
 */
@ApplicationScoped
public class SearchKinds {
  @Inject @Any Instance<SearchableKind> found;

  private List<SearchableKind> kinds;
  private List<SearchFacet> facets;
  private SearchScope scope;

  @PostConstruct
  void collect() {
    List<SearchableKind> all = new ArrayList<>();
    found.forEach(all::add);
    all.sort(Comparator.comparing(SearchableKind::name));
    kinds = List.copyOf(all);
    Map<String, SearchFacet> byParameter = new LinkedHashMap<>();
    if (kinds.size() > 1) {
      byParameter.put(SearchFacet.TYPE, typeFacet());
    }
    for (SearchableKind kind : kinds) {
      kind.facets().forEach(f -> byParameter.putIfAbsent(f.parameter(), f));
    }
    facets = List.copyOf(byParameter.values());
    scope = SearchScope.of(kinds, facets);
  }

  /** What a search spans: every kind's index, fields and facets. */
  SearchScope scope() {
    return scope;
  }

  private SearchFacet typeFacet() {
    Map<String, String> keys = new LinkedHashMap<>();
    kinds.forEach(k -> keys.put(k.name(), k.labelKey()));
    SearchFacet.Labels labels =
        (code, locale) ->
            keys.containsKey(code)
                ? SearchFacet.Labels.bundle("").label(keys.get(code), locale)
                : code;
    return new SearchFacet(SearchFacet.TYPE, "type", labels);
  }

  public List<SearchableKind> all() {
    return kinds;
  }

  public Optional<SearchableKind> named(String name) {
    return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** The kind whose index (physical or alias) this is, judged by the alias it is named after. */
  public Optional<SearchableKind> ofIndex(String index) {
    return kinds.stream()
        .filter(k -> index.equals(k.alias()) || index.startsWith(k.alias() + "-"))
        .max(Comparator.comparingInt(k -> k.alias().length()));
  }

  /** Every facet of the search page, in order. */
  public List<SearchFacet> facets() {
    return facets;
  }

  public Optional<SearchFacet> facet(String parameter) {
    return facets.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
  }

  /** The facet parameters in their order: what an address may choose values of. */
  public List<String> facetParameters() {
    return facets.stream().map(SearchFacet::parameter).toList();
  }

  /** The query an address describes, with this portal's facets (see {@link SearchQuery}). */
  public SearchQuery parse(Function<String, String[]> values, int pageSize) {
    return SearchQuery.fromParameters(values, pageSize, facetParameters());
  }
}
