package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.identity.ProfileService;
import no.boforum.platform.api.Page;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.platform.text.Messages;

/** A person's notifications in the portal: the bell's count, the list, and marking them read. */
@ApplicationScoped
public class Inbox {
  /**
   * One notification as its person reads it.
   *
   * @param line what happened, in the reader's language
   * @param link the subject's address inside the portal, starting with {@code /}
   * @param createdAt when it happened (UTC)
   */
  public record Item(
      long id,
      String kind,
      String line,
      String detail,
      String subjectTitle,
      String link,
      LocalDateTime createdAt,
      boolean read) {}

  /** The most the bell counts. */
  static final int BELL_MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject ProfileService profiles;
  @Inject PageCache pages;
  Clock clock = Clock.systemUTC();

  /** The unread count up to {@link #BELL_MAX} (the bell shows "99+" beyond): a bounded count. */
  @Transactional
  public long unread(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM notification WHERE user_id = ?"
                        + " AND read_at IS NULL LIMIT "
                        + BELL_MAX
                        + ") unread")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  /** How many notifications the person has (only unread ones, if {@code unreadOnly}). */
  @Transactional
  public long total(long userId, boolean unreadOnly) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE " + where(unreadOnly), Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  private static String where(boolean unreadOnly) {
    return "n.userId = :u" + (unreadOnly ? " AND n.readAt IS NULL" : "");
  }

  /** Newest first; {@code unreadOnly} leaves out what was read. */
  @Transactional
  public Page<Item> page(long userId, boolean unreadOnly, int offset, int limit, Locale locale) {
    String where = where(unreadOnly);
    long total = total(userId, unreadOnly);
    List<Notification> rows =
        em.createQuery(
                "SELECT n FROM Notification n WHERE " + where + " ORDER BY n.id DESC",
                Notification.class)
            .setParameter("u", userId)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    Map<Long, String> actors = actorNames(rows);
    return new Page<>(
        total,
        rows.stream()
            .map(
                n ->
                    new Item(
                        n.getId(),
                        n.getKind(),
                        line(locale, n, actors),
                        n.getDetail(),
                        n.getSubjectTitle(),
                        "/" + n.getLink(),
                        n.getCreatedAt(),
                        n.getReadAt() != null))
            .toList());
  }

  /** Where one of the person's notifications leads, without marking it; empty if not theirs. */
  public Optional<String> link(long userId, long id) {
    Notification n = em.find(Notification.class, id);
    return n == null || n.getUserId() != userId ? Optional.empty() : Optional.of(page(n));
  }

  /**
   * The notification's page, checked again before anyone is sent there (a stored link was checked
   * when it was made): never another site, whatever the row holds.
   */
  private static String page(Notification n) {
    return Notice.Subject.isPage(n.getLink()) ? "/" + n.getLink() : "/my/notifications";
  }

  /** Marks one read and answers where it leads; empty if it is not the person's. */
  @Transactional
  public Optional<String> open(long userId, long id) {
    pages.changesNoPage();
    Notification n = em.find(Notification.class, id);
    if (n == null || n.getUserId() != userId) {
      return Optional.empty();
    }
    markRead(userId, Set.of(id));
    return Optional.of(page(n));
  }

  /** Marks these of the person's notifications read (others' ids are ignored); answers how many. */
  @Transactional
  public int markRead(long userId, Set<Long> ids) {
    pages.changesNoPage();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now"
                + " WHERE n.userId = :u AND n.id IN :ids AND n.readAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("u", userId)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Transactional
  public int markAllRead(long userId) {
    pages.changesNoPage();
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.userId = :u AND n.readAt IS NULL")
        .setParameter("now", LocalDateTime.now(clock))
        .setParameter("u", userId)
        .executeUpdate();
  }

  /** The names of who caused these, by id (a deleted account's is blank). */
  Map<Long, String> actorNames(List<Notification> rows) {
    Set<Long> ids =
        rows.stream()
            .map(Notification::getActorId)
            .filter(a -> a != null)
            .collect(Collectors.toSet());
    return profiles.displayNames(ids);
  }

  /**
   * What happened, in {@code locale}: someone unnamed when the account is gone, a placeholder for a
   * title withheld (a thread hidden from the reader).
   */
  static String line(Locale locale, Notification n, Map<Long, String> actors) {
    String actor = n.getActorId() == null ? "" : actors.getOrDefault(n.getActorId(), "");
    if (actor.isBlank()) {
      actor = Messages.format(locale, "notify.someone");
    }
    String title =
        n.getSubjectTitle().isBlank()
            ? Messages.format(locale, "notify.withheld")
            : n.getSubjectTitle();
    return Messages.format(
        locale, n.lineKey(), actor, title, n.getArgument() == null ? "" : n.getArgument());
  }
}
