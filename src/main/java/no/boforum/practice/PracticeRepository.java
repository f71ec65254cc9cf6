package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence of practices. */
@ApplicationScoped
public class PracticeRepository {
  @PersistenceContext EntityManager em;

  public Optional<Practice> findBySlug(String slug) {
    return em.createQuery("SELECT p FROM Practice p WHERE p.slug = :slug", Practice.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Practice> findPage(int offset, int limit) {
    return em.createQuery(
            "SELECT p FROM Practice p ORDER BY p.updatedAt DESC, p.id", Practice.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Practice> findBySlugs(List<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Practice p WHERE p.slug IN :slugs", Practice.class)
        .setParameter("slugs", slugs)
        .getResultList();
  }

  public List<String> findAllSlugs() {
    return em.createQuery("SELECT p.slug FROM Practice p ORDER BY p.id", String.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(p) FROM Practice p", Long.class).getSingleResult();
  }

  /** A plain substring match in title, summary or body, for when the index cannot answer. */
  private static final String TEXT_MATCH =
      " FROM Practice p WHERE LOWER(p.title) LIKE :q ESCAPE '\\'"
          + " OR LOWER(p.summary) LIKE :q ESCAPE '\\' OR LOWER(p.body) LIKE :q ESCAPE '\\'";

  public List<Practice> findByText(String text, int offset, int limit) {
    return em.createQuery("SELECT p" + TEXT_MATCH + " ORDER BY p.title", Practice.class)
        .setParameter("q", likePattern(text))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countByText(String text) {
    return em.createQuery("SELECT COUNT(p)" + TEXT_MATCH, Long.class)
        .setParameter("q", likePattern(text))
        .getSingleResult();
  }

  public void persist(Practice practice) {
    em.persist(practice);
  }

  private static String likePattern(String text) {
    String escaped =
        text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
