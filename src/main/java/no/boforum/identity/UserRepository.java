package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Persistence of accounts. */
@ApplicationScoped
public class UserRepository {
  @PersistenceContext EntityManager em;

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id)).filter(u -> !u.isDeleted());
  }

  public Optional<UserAccount> findByEmail(String email) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** The account, locked until the transaction ends: logins of one account take turns. */
  public Optional<UserAccount> findByEmailLocked(String email) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
        .setParameter("email", email)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The account, locked (and read afresh) until the transaction ends. */
  public Optional<UserAccount> findLocked(long id) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.id = :id", UserAccount.class)
        .setParameter("id", id)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", Boolean.TRUE)
        .getResultStream()
        .filter(u -> !u.isDeleted())
        .findFirst();
  }

  /** Stores a new account and flushes, so that its id is known. */
  public void persist(UserAccount user) {
    em.persist(user);
    em.flush();
  }

  /** Accounts (not deleted) whose name or email contains {@code text}, by name. */
  public List<UserAccount> search(String text, int offset, int limit) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.deletedAt IS NULL AND (:text IS NULL OR"
                + " LOWER(u.displayName) LIKE :like OR u.email LIKE :like)"
                + " ORDER BY u.displayName, u.id",
            UserAccount.class)
        .setParameter("text", text)
        .setParameter("like", like(text))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countSearch(String text) {
    return em.createQuery(
            "SELECT COUNT(u) FROM UserAccount u WHERE u.deletedAt IS NULL AND (:text IS NULL OR"
                + " LOWER(u.displayName) LIKE :like OR u.email LIKE :like)",
            Long.class)
        .setParameter("text", text)
        .setParameter("like", like(text))
        .getSingleResult();
  }

  private static String like(String text) {
    return text == null
        ? "%"
        : "%"
            + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%";
  }
}
