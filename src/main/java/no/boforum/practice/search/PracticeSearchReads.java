package no.boforum.practice.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.platform.db.Like;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeSummary;
import no.boforum.practice.PracticeViews;

/**
 * What search reads of practices: the present state of a batch (one load for the documents and the
 * versions), published slugs a page at a time, attachments' text, and the plain substring match
 * that stands in while the index cannot answer.
 */
@ApplicationScoped
public class PracticeSearchReads {
  @PersistenceContext EntityManager em;
  @Inject PracticeRepository repository;
  @Inject PracticeViews views;

  /** A batch as it is now: the lock version of each practice that exists, published details. */
  public record Batch(Map<String, Long> versions, List<PracticeDetails> published) {}

  @Transactional
  public Batch batch(List<String> slugs) {
    List<Practice> found = repository.findBySlugs(slugs);
    Map<String, Long> versions = new HashMap<>();
    found.forEach(p -> versions.put(p.getSlug(), (long) p.getVersion()));
    List<Practice> published =
        found.stream().filter(p -> p.getState() == PracticeState.PUBLISHED).toList();
    return new Batch(versions, views.details(published));
  }

  /** Published slugs after {@code after}, in slug order. */
  @Transactional
  public List<String> publishedSlugsAfter(String after, int limit) {
    return em.createQuery(
            "SELECT p.slug FROM Practice p WHERE p.state = :s AND p.slug > :after ORDER BY p.slug",
            String.class)
        .setParameter("s", PracticeState.PUBLISHED)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public long countPublished() {
    return em.createQuery("SELECT COUNT(p) FROM Practice p WHERE p.state = :s", Long.class)
        .setParameter("s", PracticeState.PUBLISHED)
        .getSingleResult();
  }

  /** The text of the attachments of several practices, by practice slug, oldest first. */
  @Transactional
  public Map<String, List<String>> attachmentTexts(Collection<String> slugs) {
    Map<String, List<String>> texts = new HashMap<>();
    if (slugs.isEmpty()) {
      return texts;
    }
    em.createQuery(
            "SELECT p.slug, a.extractedText FROM Attachment a, Practice p"
                + " WHERE a.practiceId = p.id AND p.slug IN :slugs ORDER BY a.id",
            Object[].class)
        .setParameter("slugs", slugs)
        .getResultList()
        .forEach(
            row -> {
              List<String> list = texts.computeIfAbsent((String) row[0], k -> new ArrayList<>());
              if (row[1] != null) {
                list.add((String) row[1]);
              }
            });
    return texts;
  }

  /** A plain substring match in published titles, summaries or bodies, when the index cannot. */
  private static final String TEXT_MATCH =
      " FROM Practice p WHERE p.state = :s AND (LOWER(p.title) LIKE :q ESCAPE '\\'"
          + " OR LOWER(p.summary) LIKE :q ESCAPE '\\' OR LOWER(p.body) LIKE :q ESCAPE '\\')";

  /** Published practices whose title, summary or body holds the text, by title. */
  @Transactional
  public List<PracticeSummary> findByText(String text, int offset, int limit) {
    return views.summaries(
        em.createQuery("SELECT p" + TEXT_MATCH + " ORDER BY p.title", Practice.class)
            .setParameter("s", PracticeState.PUBLISHED)
            .setParameter("q", Like.containing(text))
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList());
  }

  @Transactional
  public long countByText(String text) {
    return em.createQuery("SELECT COUNT(p)" + TEXT_MATCH, Long.class)
        .setParameter("s", PracticeState.PUBLISHED)
        .setParameter("q", Like.containing(text))
        .getSingleResult();
  }
}
