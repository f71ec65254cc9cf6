package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.boforum.platform.db.Like;

/** Persistence of categories, threads, posts and their revisions. */
@ApplicationScoped
public class DiscussionRepository {
  @PersistenceContext EntityManager em;

  public Optional<Category> category(String code) {
    return Optional.ofNullable(em.find(Category.class, code));
  }

  public List<Category> categories() {
    return em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.code", Category.class)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<DiscussionThread> thread(long id) {
    return Optional.ofNullable(em.find(DiscussionThread.class, id));
  }

  /** The thread, locked until the transaction ends: replies and answers change its counts. */
  public Optional<DiscussionThread> lockThread(long id) {
    return Optional.ofNullable(em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The thread imported from the seed file with this slug. */
  public Optional<DiscussionThread> threadFromSource(String sourceSlug) {
    return em.createQuery(
            "SELECT t FROM DiscussionThread t WHERE t.sourceSlug = :s", DiscussionThread.class)
        .setParameter("s", sourceSlug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Post> post(long id) {
    return Optional.ofNullable(em.find(Post.class, id));
  }

  public List<DiscussionThread> threads(
      ThreadFilter filter, String category, int offset, int limit) {
    return threads(filter, category, null, offset, limit);
  }

  /** A page of the visible threads; {@code changedSince} (UTC, null: any) keeps later changes. */
  public List<DiscussionThread> threads(
      ThreadFilter filter, String category, LocalDateTime changedSince, int offset, int limit) {
    return where(
            filter,
            category,
            changedSince,
            "SELECT t",
            " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC",
            DiscussionThread.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countThreads(ThreadFilter filter, String category) {
    return countThreads(filter, category, null);
  }

  public long countThreads(ThreadFilter filter, String category, LocalDateTime changedSince) {
    return where(filter, category, changedSince, "SELECT COUNT(t)", "", Long.class)
        .getSingleResult();
  }

  /** The latest change of any thread, hidden ones too (UTC); empty when there is none. */
  public Optional<LocalDateTime> lastThreadChange() {
    return Optional.ofNullable(
        em.createQuery("SELECT MAX(t.updatedAt) FROM DiscussionThread t", LocalDateTime.class)
            .getSingleResult());
  }

  private <T> TypedQuery<T> where(
      ThreadFilter filter,
      String category,
      LocalDateTime changedSince,
      String select,
      String order,
      Class<T> type) {
    StringBuilder q = new StringBuilder(select + " FROM DiscussionThread t WHERE t.hidden = FALSE");
    if (filter == ThreadFilter.UNANSWERED) {
      q.append(" AND t.kind = :question AND t.replyCount = 0 AND t.solved = FALSE");
    } else if (filter == ThreadFilter.SOLVED) {
      q.append(" AND t.solved = TRUE");
    }
    if (category != null) {
      q.append(" AND t.category = :category");
    }
    if (changedSince != null) {
      q.append(" AND t.updatedAt > :since");
    }
    TypedQuery<T> query = em.createQuery(q + order, type);
    if (filter == ThreadFilter.UNANSWERED) {
      query.setParameter("question", ThreadKind.QUESTION);
    }
    if (category != null) {
      query.setParameter("category", category);
    }
    if (changedSince != null) {
      query.setParameter("since", changedSince);
    }
    return query;
  }

  public List<DiscussionThread> threadsById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT t FROM DiscussionThread t WHERE t.id IN :ids", DiscussionThread.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Thread ids after {@code after}, in id order (for the search rebuild). */
  public List<Long> threadIdsAfter(long after, int size) {
    return em.createQuery(
            "SELECT t.id FROM DiscussionThread t WHERE t.id > :after ORDER BY t.id", Long.class)
        .setParameter("after", after)
        .setMaxResults(size)
        .getResultList();
  }

  public long countAllThreads() {
    return em.createQuery("SELECT COUNT(t) FROM DiscussionThread t", Long.class).getSingleResult();
  }

  /** Threads whose title contains the text (the search fallback), latest activity first. */
  public List<DiscussionThread> threadsByText(String text, int offset, int size) {
    return em.createQuery(
            "SELECT t FROM DiscussionThread t WHERE t.hidden = FALSE AND LOWER(t.title) LIKE :t"
                + Like.ESCAPE
                + " ORDER BY t.lastActivityAt DESC, t.id DESC",
            DiscussionThread.class)
        .setParameter("t", Like.containing(text))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  public long countThreadsByText(String text) {
    return em.createQuery(
            "SELECT COUNT(t) FROM DiscussionThread t WHERE t.hidden = FALSE"
                + " AND LOWER(t.title) LIKE :t"
                + Like.ESCAPE,
            Long.class)
        .setParameter("t", Like.containing(text))
        .getSingleResult();
  }

  /** The posts of a thread in the order they were written, the question first. */
  public List<Post> posts(long threadId, int offset, int limit) {
    return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t ORDER BY p.id", Post.class)
        .setParameter("t", threadId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Post> postsById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids ORDER BY p.id", Post.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public List<Post> postsOf(long userId) {
    return em.createQuery("SELECT p FROM Post p WHERE p.authorId = :u ORDER BY p.id", Post.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public List<PostRevision> revisions(long postId) {
    return em.createQuery(
            "SELECT r FROM PostRevision r WHERE r.postId = :p ORDER BY r.id", PostRevision.class)
        .setParameter("p", postId)
        .getResultList();
  }

  /** The question (or opening post) of a thread. */
  public Post question(long threadId) {
    return posts(threadId, 0, 1).get(0);
  }

  /** The first posts of these threads, by thread, in one query (lists, feeds, the queue). */
  public java.util.Map<Long, Post> questions(Collection<Long> threadIds) {
    if (threadIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery(
            "SELECT p FROM Post p WHERE p.id IN (SELECT MIN(q.id) FROM Post q"
                + " WHERE q.threadId IN :ids GROUP BY q.threadId)",
            Post.class)
        .setParameter("ids", threadIds)
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(Post::getThreadId, p -> p));
  }

  /**
   * The replies a reader sees, in the order they were written: all but the posts waiting for
   * approval, which only their author and moderators ({@code allPending}) see.
   */
  public List<Post> replies(
      long threadId, long questionId, Long reader, boolean allPending, int offset, int limit) {
    return replyQuery(
            "SELECT p", " ORDER BY p.id", Post.class, threadId, questionId, reader, allPending)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countReplies(long threadId, long questionId, Long reader, boolean allPending) {
    return replyQuery("SELECT COUNT(p)", "", Long.class, threadId, questionId, reader, allPending)
        .getSingleResult();
  }

  private <T> TypedQuery<T> replyQuery(
      String select,
      String order,
      Class<T> type,
      long threadId,
      long questionId,
      Long reader,
      boolean allPending) {
    String q = select + " FROM Post p WHERE p.threadId = :t AND p.id <> :q";
    if (allPending) {
      return em.createQuery(q + order, type)
          .setParameter("t", threadId)
          .setParameter("q", questionId);
    }
    return em.createQuery(q + " AND (p.state <> :pending OR p.authorId = :me)" + order, type)
        .setParameter("t", threadId)
        .setParameter("q", questionId)
        .setParameter("pending", PostState.PENDING)
        .setParameter("me", reader == null ? -1L : reader);
  }

  /** How many replies everyone reads: visible, and not deleted by their authors. */
  public int countVisibleReplies(long threadId, long questionId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Post p WHERE p.threadId = :t AND p.id <> :q AND p.state = :v"
                + " AND p.deletedAt IS NULL",
            Long.class)
        .setParameter("t", threadId)
        .setParameter("q", questionId)
        .setParameter("v", PostState.VISIBLE)
        .getSingleResult()
        .intValue();
  }

  /**
   * After a post was written, hidden, shown, edited, accepted or removed: the thread's count of
   * replies, its visibility, and whether an accepted answer everyone reads solves it.
   */
  void refresh(DiscussionThread thread) {
    Post question = question(thread.getId());
    thread.setHidden(!question.isVisible());
    thread.setReplyCount(countVisibleReplies(thread.getId(), question.getId()));
    thread.setSolved(
        ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM discussion_accepted a JOIN discussion_post p"
                                + " ON p.id = a.post_id WHERE a.thread_id = ? AND p.state = ?"
                                + " AND p.deleted_at IS NULL")
                        .setParameter(1, thread.getId())
                        .setParameter(2, PostState.VISIBLE.name())
                        .getSingleResult())
                .longValue()
            > 0);
  }

  /** The newest posts of a thread that everyone reads (visible, not deleted), newest first. */
  public List<Post> newestReadable(long threadId, int limit) {
    return em.createQuery(
            "SELECT p FROM Post p WHERE p.threadId = :t AND p.state = :v AND p.deletedAt IS NULL"
                + " ORDER BY p.id DESC",
            Post.class)
        .setParameter("t", threadId)
        .setParameter("v", PostState.VISIBLE)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The moderators' queue: posts flagged, hidden or waiting, the longest waiting first. */
  public List<Post> queue(int offset, int limit) {
    return em.createQuery(
            "SELECT p FROM Post p WHERE p.queuedAt IS NOT NULL ORDER BY p.queuedAt, p.id",
            Post.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countQueue() {
    return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.queuedAt IS NOT NULL", Long.class)
        .getSingleResult();
  }

  public Optional<Post> lockPost(long id) {
    return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
