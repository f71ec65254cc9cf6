package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
    return where(
            filter,
            category,
            "SELECT t",
            " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC",
            DiscussionThread.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countThreads(ThreadFilter filter, String category) {
    return where(filter, category, "SELECT COUNT(t)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> where(
      ThreadFilter filter, String category, String select, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select + " FROM DiscussionThread t WHERE t.hidden = FALSE");
    if (filter == ThreadFilter.UNANSWERED) {
      q.append(" AND t.kind = :question AND t.replyCount = 0 AND t.solved = FALSE");
    } else if (filter == ThreadFilter.SOLVED) {
      q.append(" AND t.solved = TRUE");
    }
    if (category != null) {
      q.append(" AND t.category = :category");
    }
    TypedQuery<T> query = em.createQuery(q + order, type);
    if (filter == ThreadFilter.UNANSWERED) {
      query.setParameter("question", ThreadKind.QUESTION);
    }
    if (category != null) {
      query.setParameter("category", category);
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

  /** Replies everyone sees (deleted by their authors included, as they keep their place). */
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

  /** How many posts the person wrote since then (rate limits count rows, on every instance). */
  public long countPostsSince(long authorId, java.time.LocalDateTime since) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.createdAt > :since",
            Long.class)
        .setParameter("a", authorId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** True if the person wrote exactly this text since then. */
  public boolean wroteSince(long authorId, String body, java.time.LocalDateTime since) {
    return !em.createNativeQuery(
            "SELECT id FROM discussion_post WHERE author_id = ? AND created_at > ? AND body = ?"
                + " LIMIT 1")
        .setParameter(1, authorId)
        .setParameter(2, since)
        .setParameter(3, body)
        .getResultList()
        .isEmpty();
  }

  /**
   * How many of the person's posts readers see (approved, or never held): a post hidden, refused or
   * removed does not count towards leaving pre-moderation.
   */
  public long countPassed(long authorId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.state = :v", Long.class)
        .setParameter("a", authorId)
        .setParameter("v", PostState.VISIBLE)
        .getSingleResult();
  }

  /**
   * Takes the person's row lock until the transaction ends: one person's posts are counted and
   * written one at a time (rate limits hold against parallel requests, on every instance).
   */
  public void lockAuthor(long userId) {
    em.createNativeQuery("SELECT id FROM app_user WHERE id = ? FOR UPDATE")
        .setParameter(1, userId)
        .getResultList();
  }

  /** After a post was hidden, shown, edited or removed: the thread's count and its visibility. */
  void refresh(DiscussionThread thread) {
    Post question = question(thread.getId());
    thread.setHidden(!question.isVisible());
    thread.setReplyCount(countVisibleReplies(thread.getId(), question.getId()));
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
