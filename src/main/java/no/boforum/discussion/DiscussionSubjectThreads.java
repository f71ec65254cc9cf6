package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.boforum.platform.threads.SubjectThreads;

/**
 * The threads about a practice or an event for their pages: those everyone may read (a thread whose
 * question is hidden or waits for a moderator is left out), latest activity first. A slow database
 * is given {@link #TIMEOUT_MS} before the page goes on without the list. The home page lists the
 * latest threads the same way.
 */
@ApplicationScoped
public class DiscussionSubjectThreads implements SubjectThreads {
  static final int TIMEOUT_MS = 3000;

  @PersistenceContext EntityManager em;

  /** The threads everyone may read with the latest activity, for the home page. */
  @Transactional
  public List<LinkedThread> recent(int limit) {
    return linked(
        em.createQuery(
                "SELECT t FROM DiscussionThread t WHERE t.hidden = FALSE"
                    + " ORDER BY t.lastActivityAt DESC, t.id DESC",
                DiscussionThread.class)
            .setHint("jakarta.persistence.query.timeout", TIMEOUT_MS)
            .setMaxResults(limit)
            .getResultList());
  }

  @Override
  @Transactional
  public List<LinkedThread> about(Subject subject, String slug, int limit) {
    String jpql =
        subject == Subject.PRACTICE
            ? "SELECT t FROM DiscussionThread t, Practice s WHERE t.practiceId = s.id"
            : "SELECT t FROM DiscussionThread t, ForumEvent s WHERE t.eventId = s.id";
    return linked(
        em.createQuery(
                jpql
                    + " AND s.slug = :slug AND t.hidden = FALSE"
                    + " ORDER BY t.lastActivityAt DESC, t.id DESC",
                DiscussionThread.class)
            .setParameter("slug", slug)
            .setHint("jakarta.persistence.query.timeout", TIMEOUT_MS)
            .setMaxResults(limit)
            .getResultList());
  }

  private static List<LinkedThread> linked(List<DiscussionThread> threads) {
    return threads.stream()
        .map(
            t ->
                new LinkedThread(
                    t.getTitle(),
                    DiscussionViews.path(t),
                    t.getReplyCount(),
                    t.isSolved(),
                    t.isIllustrative()))
        .toList();
  }

  @Override
  public String askPath(Subject subject, String slug) {
    return "discussions/new?"
        + (subject == Subject.PRACTICE ? "practice=" : "event=")
        + URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }
}
