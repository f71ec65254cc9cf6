package no.boforum.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import no.boforum.platform.InputProblem;

/**
 * Administrators add terms and relabel them without a release. Terms are never deleted here: a
 * practice may still use the code. An edited term keeps its labels when the content is imported
 * again. Callers check the administrator's right (IdentityAction.EDIT_TAXONOMIES) first: the check
 * lives with the identity feature, which depends on this one and not the other way round.
 */
@ApplicationScoped
public class TaxonomyEditing {
  static final int MAX_LABEL = 200;
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @PersistenceContext EntityManager em;

  /** The names of the taxonomies, in a stable order. */
  @Transactional
  public List<String> names() {
    return em.createQuery(
            "SELECT DISTINCT t.taxonomy FROM TaxonomyTerm t ORDER BY t.taxonomy", String.class)
        .getResultList();
  }

  @Transactional
  public void relabel(String taxonomy, String code, String nb, String nn, String en) {
    TaxonomyTerm term = em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(taxonomy, code));
    if (term == null) {
      throw new InputProblem("code", "taxonomy.codeUnknown", code);
    }
    term.relabel(label("nb", nb), label("nn", nn), label("en", en));
  }

  @Transactional
  public void add(String taxonomy, String code, String nb, String nn, String en, String parent) {
    if (!names().contains(taxonomy)) {
      throw new InputProblem("taxonomy", "taxonomy.unknown", taxonomy);
    }
    String c = code == null ? "" : code.strip();
    if (!CODE.matcher(c).matches() || c.length() > 60) {
      throw new InputProblem("code", "taxonomy.codeInvalid");
    }
    // Places follow Statistics Norway: two digits for a county, four for a municipality, the
    // first two of which are its county's. Lists, filters and adoptions rely on that.
    if (Taxonomies.COUNTY.equals(taxonomy) && !c.matches("[0-9]{2}")) {
      throw new InputProblem("code", "taxonomy.countyCodeInvalid");
    }
    if (em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(taxonomy, c)) != null) {
      throw new InputProblem("code", "taxonomy.codeTaken", c);
    }
    String p = parent == null || parent.isBlank() ? null : parent.strip();
    if (Taxonomies.MUNICIPALITY.equals(taxonomy)
        && (p == null
            || em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(Taxonomies.COUNTY, p)) == null)) {
      throw new InputProblem("parent", "taxonomy.countyRequired");
    }
    if (Taxonomies.MUNICIPALITY.equals(taxonomy) && !(c.matches("[0-9]{4}") && c.startsWith(p))) {
      throw new InputProblem("code", "taxonomy.municipalityCodeInvalid");
    }
    Integer last =
        em.createQuery(
                "SELECT MAX(t.position) FROM TaxonomyTerm t WHERE t.taxonomy = :tx", Integer.class)
            .setParameter("tx", taxonomy)
            .getSingleResult();
    TaxonomyTerm term = new TaxonomyTerm(taxonomy, c);
    term.place(p, last == null ? 0 : last + 1);
    term.relabel(label("nb", nb), label("nn", nn), label("en", en));
    em.persist(term);
  }

  private static String label(String field, String value) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InputProblem(field, "taxonomy.labelRequired");
    }
    if (text.length() > MAX_LABEL) {
      throw new InputProblem(field, "taxonomy.labelTooLong", MAX_LABEL);
    }
    return text;
  }
}
