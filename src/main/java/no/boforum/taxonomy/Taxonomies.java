package no.boforum.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads taxonomies: the terms of one, a term's label, whether a code exists. */
@ApplicationScoped
public class Taxonomies {
  public static final String ACTOR_TYPE = "actor_type";
  public static final String COUNTY = "county";
  public static final String MUNICIPALITY = "municipality";
  public static final String VOLUNTARY_ROLE = "voluntary_role";
  public static final String TARGET_GROUP = "target_group";
  public static final String THEME = "theme";
  public static final String FUNDING = "funding";
  public static final String PROCUREMENT_ROUTE = "procurement_route";

  @PersistenceContext EntityManager em;

  @Transactional
  public List<Term> terms(String taxonomy, String language) {
    return em.createQuery(
            "SELECT t FROM TaxonomyTerm t WHERE t.taxonomy = :tx ORDER BY t.position, t.code",
            TaxonomyTerm.class)
        .setParameter("tx", taxonomy)
        .getResultStream()
        .map(t -> new Term(t.getCode(), t.label(language), t.getParent()))
        .toList();
  }

  @Transactional
  public Optional<Term> find(String taxonomy, String code, String language) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(taxonomy, code)))
        .map(t -> new Term(t.getCode(), t.label(language), t.getParent()));
  }

  /** The label of a code in the language, or the code itself if the term is unknown. */
  public String label(String taxonomy, String code, String language) {
    return code == null ? null : find(taxonomy, code, language).map(Term::label).orElse(code);
  }

  public boolean exists(String taxonomy, String code) {
    return find(taxonomy, code, "nb").isPresent();
  }
}
