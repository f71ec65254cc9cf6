package no.boforum.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.boforum.taxonomy.TaxonomyImporter.TermEntry;

/**
 * Writes a taxonomy's terms from a content file, one transaction per file. Labels an administrator
 * has edited are kept.
 */
@ApplicationScoped
public class TaxonomyStore {
  @PersistenceContext EntityManager em;

  /** What a file's import did: its terms, and how many were new or changed. */
  public record Saved(int terms, int created, int changed) {}

  @Transactional
  public Saved save(String taxonomy, List<TermEntry> terms) {
    if (taxonomy == null || terms == null) {
      throw new IllegalArgumentException("a taxonomy file needs 'taxonomy' and 'terms'");
    }
    int position = 0;
    int created = 0;
    int changed = 0;
    for (TermEntry e : terms) {
      if (e.code() == null || e.code().isBlank()) {
        throw new IllegalArgumentException("a term without a code, after position " + position);
      }
      String nb = e.nb() != null ? e.nb() : e.name();
      if (nb == null) {
        throw new IllegalArgumentException("term " + e.code() + " has no label");
      }
      String nn = e.nn() != null ? e.nn() : nb;
      String en = e.en() != null ? e.en() : nb;
      String parent = e.parent() != null ? e.parent() : e.county();
      TaxonomyTerm term = em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(taxonomy, e.code()));
      if (term == null) {
        term = new TaxonomyTerm(taxonomy, e.code());
        em.persist(term);
        created++;
      }
      boolean differs =
          term.isEdited()
              ? term.place(parent, position++)
              : term.update(nb, nn, en, parent, position++);
      if (differs) {
        changed++;
      }
    }
    return new Saved(position, created, changed - created);
  }
}
