package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The invented people who write seed examples (threads in content files): an account with a name
 * ending in "(eksempel)", no address and no password, made once and found again by its name.
 */
@ApplicationScoped
public class ExampleAccounts {
  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  /** The id of the illustrative account with this name, made now if there is none. */
  @Transactional(TxType.MANDATORY)
  public long named(String displayName, String language) {
    if (displayName == null || !displayName.strip().endsWith("(eksempel)")) {
      throw new IllegalArgumentException("an example person's name ends in (eksempel)");
    }
    String name = displayName.strip();
    return em.createQuery(
            "SELECT u.id FROM UserAccount u WHERE u.illustrative = TRUE AND u.displayName = :n"
                + " ORDER BY u.id",
            Long.class)
        .setParameter("n", name)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              UserAccount u = UserAccount.illustrative(name, language, LocalDateTime.now(clock));
              em.persist(u);
              em.flush();
              return u.getId();
            });
  }
}
