package no.boforum.taxonomy;

import java.util.List;
import java.util.Locale;
import no.boforum.search.SearchFacet;

/**
 * A taxonomy's labels for a search facet, in the reader's language, its terms offered while typing.
 * Every kind that counts a facet by a taxonomy uses this, so that kinds sharing a facet label it
 * alike.
 */
public final class TaxonomyFacetLabels implements SearchFacet.Labels {
  private final Taxonomies taxonomies;
  private final String taxonomy;

  public TaxonomyFacetLabels(Taxonomies taxonomies, String taxonomy) {
    this.taxonomies = taxonomies;
    this.taxonomy = taxonomy;
  }

  @Override
  public String label(String code, Locale locale) {
    return taxonomies.find(taxonomy, code, locale.getLanguage()).map(Term::label).orElse(code);
  }

  @Override
  public List<SearchFacet.Term> suggestible(Locale locale) {
    return taxonomies.terms(taxonomy, locale.getLanguage()).stream()
        .map(t -> new SearchFacet.Term(t.code(), t.label()))
        .toList();
  }
}
