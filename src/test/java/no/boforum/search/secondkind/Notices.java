package no.boforum.search.secondkind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.boforum.platform.outbox.ContentChanged;

/** The notices' own table (created by the test), and their changes announced like any feature. */
@ApplicationScoped
public class Notices {
  public static final String KIND = "notice";

  @PersistenceContext EntityManager em;
  @Inject Event<ContentChanged> changed;

  /** The table, made and dropped by the test from outside (DDL cannot run in a JTA transaction). */
  public static final String CREATE =
      "CREATE TABLE IF NOT EXISTS it_notice (slug VARCHAR(100) PRIMARY KEY,"
          + " title VARCHAR(200) NOT NULL, summary VARCHAR(500) NOT NULL,"
          + " topic VARCHAR(40) NOT NULL, version BIGINT NOT NULL)";

  public static final String DROP = "DROP TABLE IF EXISTS it_notice";

  /** Forgets the outbox rows of notices that no instance will drain once the test is over. */
  @Transactional
  public void forgetQueuedChanges() {
    em.createNativeQuery("DELETE FROM search_outbox WHERE document_type = ?1")
        .setParameter(1, KIND)
        .executeUpdate();
  }

  /** Writes a notice and announces it, in one transaction. */
  @Transactional
  public void save(String slug, String title, String summary, String topic) {
    em.createNativeQuery(
            "INSERT INTO it_notice (slug, title, summary, topic, version) VALUES (?1, ?2, ?3, ?4, 1)"
                + " ON DUPLICATE KEY UPDATE title = ?2, summary = ?3, topic = ?4,"
                + " version = version + 1")
        .setParameter(1, slug)
        .setParameter(2, title)
        .setParameter(3, summary)
        .setParameter(4, topic)
        .executeUpdate();
    changed.fire(ContentChanged.of(KIND, slug));
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<Object[]> rows(String whereSql, Object parameter, int offset, int size) {
    var q =
        em.createNativeQuery(
            "SELECT slug, title, summary, topic, version FROM it_notice"
                + whereSql
                + " ORDER BY slug LIMIT ?2 OFFSET ?3");
    if (parameter != null) {
      q.setParameter(1, parameter);
    }
    return q.setParameter(2, size).setParameter(3, offset).getResultList();
  }

  @Transactional
  public long count(String whereSql, Object parameter) {
    var q = em.createNativeQuery("SELECT COUNT(*) FROM it_notice" + whereSql);
    if (parameter != null) {
      q.setParameter(1, parameter);
    }
    return ((Number) q.getSingleResult()).longValue();
  }
}
