package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.boforum.platform.db.Like;
import no.boforum.practice.PracticeMentions;

/**
 * The forums where a practice was discussed, for the practice page: public events whose agenda or
 * findings link to it.
 */
@ApplicationScoped
public class EventPracticeMentions implements PracticeMentions {
  @PersistenceContext EntityManager em;

  @Override
  @Transactional
  public List<Mention> of(String practiceSlug) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.slug, e.title, e.starts_at FROM event e WHERE e.state <> 'DRAFT' AND ("
                    + " EXISTS (SELECT 1 FROM event_agenda_item a WHERE a.event_id = e.id"
                    + " AND CONCAT(' ', a.practices, ' ') LIKE ?)"
                    + " OR EXISTS (SELECT 1 FROM event_finding f WHERE f.event_id = e.id"
                    + " AND CONCAT(' ', f.practices, ' ') LIKE ?))"
                    + " ORDER BY e.starts_at DESC LIMIT 20")
            .setParameter(1, "% " + escape(practiceSlug) + " %")
            .setParameter(2, "% " + escape(practiceSlug) + " %")
            .getResultList();
    List<Mention> mentions = new ArrayList<>();
    for (Object[] r : rows) {
      java.time.LocalDateTime start =
          r[2] instanceof java.sql.Timestamp t
              ? t.toLocalDateTime()
              : (java.time.LocalDateTime) r[2];
      mentions.add(
          new Mention(EventChanges.KIND, (String) r[1], "events/" + r[0], start.toLocalDate()));
    }
    return mentions;
  }

  /** A slug has no wildcards, but a LIKE pattern must not trust that. */
  private static String escape(String slug) {
    String contained = Like.containing(slug);
    return contained.substring(1, contained.length() - 1);
  }
}
