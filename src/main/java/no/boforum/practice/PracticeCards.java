package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Published practices in brief (title and evidence level), found by slug in one query, for other
 * features that show a practice where it is mentioned (a practice link in a discussion post).
 */
@ApplicationScoped
public class PracticeCards {
  /** A published practice as a card shows it; {@code evidenceLevel} is the level's code. */
  public record Card(String slug, String title, String evidenceLevel) {}

  @PersistenceContext EntityManager em;

  /**
   * The published practices among {@code slugs}, by slug; unknown and unpublished ones left out.
   */
  public Map<String, Card> published(Collection<String> slugs) {
    Map<String, Card> cards = new HashMap<>();
    if (slugs.isEmpty()) {
      return cards;
    }
    em.createQuery(
            "SELECT p.slug, p.title, p.evidence.level FROM Practice p"
                + " WHERE p.slug IN :slugs AND p.state = :state",
            Object[].class)
        .setParameter("slugs", slugs)
        .setParameter("state", PracticeState.PUBLISHED)
        .getResultList()
        .forEach(
            row ->
                cards.put(
                    (String) row[0], new Card((String) row[0], (String) row[1], (String) row[2])));
    return cards;
  }
}
