package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.boforum.identity.ProfileService;

/**
 * The one service every feature tells what happened, and for whom: it keeps one notification per
 * person (not for the one who caused it, nor for deleted accounts), with the delivery that person
 * chose for the kind. Mailing is the {@link NotificationMailer}'s; reading the bell and the list is
 * {@link Inbox}'s.
 */
@ApplicationScoped
public class Notifications {
  /** The most rows one statement inserts. */
  static final int ROWS = 200;

  @PersistenceContext EntityManager em;
  @Inject NotificationCatalogue catalogue;
  @Inject NotificationPreferences preferences;
  @Inject ProfileService profiles;
  Clock clock = Clock.systemUTC();

  /**
   * Tells {@code recipients} of {@code notice}, in the transaction of the change that caused it (a
   * change rolled back tells nobody). Answers how many new notifications it made: a notice with a
   * key already told to someone is not told to them again.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int send(Notice notice, Collection<Long> recipients) {
    NotificationKind kind = catalogue.require(notice.kind());
    Set<Long> people = new LinkedHashSet<>();
    recipients.stream()
        .filter(Objects::nonNull)
        .filter(id -> !id.equals(notice.actorId()))
        .forEach(people::add);
    people.retainAll(profiles.existing(people));
    if (people.isEmpty()) {
      return 0;
    }
    Map<Long, Delivery> deliveries = preferences.of(people, kind);
    List<Long> told = people.stream().filter(id -> deliveries.get(id) != Delivery.OFF).toList();
    LocalDateTime now = LocalDateTime.now(clock);
    int made = 0;
    for (int from = 0; from < told.size(); from += ROWS) {
      made +=
          insert(told.subList(from, Math.min(told.size(), from + ROWS)), deliveries, notice, now);
    }
    return made;
  }

  /**
   * A subject's title or address changed: every notification about it says so now, mailed or not
   * ({@code onlyUserId} null for everyone's, or one person's). Anchors in their links ({@code
   * #post-12}) stay.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void retitle(String type, String key, String title, String path, Long onlyUserId) {
    Query query =
        em.createNativeQuery(
            "UPDATE notification SET subject_title = ?, link = CONCAT(?, IF(LOCATE('#', link) > 0,"
                + " SUBSTRING(link, LOCATE('#', link)), '')) WHERE subject_type = ?"
                + " AND subject_key = ?"
                + (onlyUserId == null ? "" : " AND user_id = ?"));
    query
        .setParameter(1, cut(title, 300))
        .setParameter(2, cut(path, 400))
        .setParameter(3, type)
        .setParameter(4, key);
    if (onlyUserId != null) {
      query.setParameter(5, onlyUserId);
    }
    query.executeUpdate();
  }

  /**
   * A subject others may no longer see (a hidden thread): every notification about it, mailed or
   * not, names it by neither title nor address (the line then says so), except {@code
   * exceptUserId}'s, who still sees it. {@link #retitle} brings the title back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void withhold(String type, String key, String placeholderPath, long exceptUserId) {
    em.createNativeQuery(
            "UPDATE notification SET subject_title = '', link = ? WHERE subject_type = ?"
                + " AND subject_key = ? AND user_id <> ?")
        .setParameter(1, placeholderPath)
        .setParameter(2, type)
        .setParameter(3, key)
        .setParameter(4, exceptUserId)
        .executeUpdate();
  }

  /**
   * One statement for up to {@link #ROWS} people (a thread with many followers is a few statements,
   * not one per follower); a row whose key someone already has is skipped.
   */
  private int insert(
      List<Long> people, Map<Long, Delivery> deliveries, Notice n, LocalDateTime now) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT IGNORE INTO notification (user_id, kind, variant, subject_type, subject_key,"
                + " subject_title, link, actor_id, detail, dedupe_key, created_at, delivery,"
                + " mail_state, argument) VALUES ");
    for (int i = 0; i < people.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    Notice.Subject s = n.subject();
    List<Object> common =
        Arrays.asList(
            n.kind().name(),
            n.variant(),
            s.type(),
            cut(s.key(), 120),
            cut(s.title() == null ? "" : s.title(), 300),
            cut(s.path(), 500),
            n.actorId(),
            n.detail() == null ? null : cut(n.detail(), 1000),
            n.onceKey() == null ? null : cut(n.onceKey(), 120),
            now);
    Query query = em.createNativeQuery(sql.toString());
    int p = 1;
    for (long userId : people) {
      Delivery delivery = deliveries.get(userId);
      query.setParameter(p++, userId);
      for (Object value : common) {
        query.setParameter(p++, value);
      }
      query.setParameter(p++, delivery.name());
      query.setParameter(p++, delivery.mailed() ? "PENDING" : "NONE");
      query.setParameter(p++, n.argument() == null ? null : cut(n.argument(), 200));
    }
    return query.executeUpdate();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
