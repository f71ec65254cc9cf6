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

  /** A plain substring match, for when the search index cannot answer. */
  public List<Practice> findByText(String text, int offset, int limit) {
    String pattern = "%" + escapeLike(text.toLowerCase()) + "%";
    return em.createQuery(
            "SELECT p FROM Practice p WHERE LOWER(p.title) LIKE :q ESCAPE '\\'"
                + " OR LOWER(p.summary) LIKE :q ESCAPE '\\' OR LOWER(p.body) LIKE :q ESCAPE '\\'"
                + " ORDER BY p.title",
            Practice.class)
        .setParameter("q", pattern)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countByText(String text) {
    String pattern = "%" + escapeLike(text.toLowerCase()) + "%";
    return em.createQuery(
            "SELECT COUNT(p) FROM Practice p WHERE LOWER(p.title) LIKE :q ESCAPE '\\'"
                + " OR LOWER(p.summary) LIKE :q ESCAPE '\\' OR LOWER(p.body) LIKE :q ESCAPE '\\'",
            Long.class)
        .setParameter("q", pattern)
        .getSingleResult();
  }

  public void persist(Practice practice) {
    em.persist(practice);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
