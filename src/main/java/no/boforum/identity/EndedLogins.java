package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The logins that were ended, by their session's login key (decision 0045): checked on every
 * request of a logged-in visitor ({@link CurrentCaller}), so that a logout holds on every instance
 * of a cluster, whatever copy of the session another instance still has.
 */
@ApplicationScoped
public class EndedLogins {
  /** Longer than any login lasts ({@link LoginSession#LONGEST}: a day). */
  static final Duration KEEP = Duration.ofDays(2);

  @PersistenceContext EntityManager em;
  @Inject EndedLogins self;
  Clock clock = Clock.systemUTC();

  /**
   * Logs the visitor out: records the login as ended, then ends the session and has the browser
   * drop its cookies ({@link LoginSession#end(HttpServletRequest, HttpServletResponse)}). When the
   * record fails (the database is away) the session is left as it was and the failure goes on (the
   * visitor gets the "temporarily unavailable" answer and may try again): ended here but not
   * recorded, another instance's copy of it would go on.
   */
  public void logOut(HttpServletRequest request, HttpServletResponse response) {
    String key = LoginSession.loginKey(request);
    if (key != null) {
      self.end(key);
    }
    LoginSession.end(request, response);
  }

  /** Records the login as ended, and forgets those ended long ago. */
  @Transactional(TxType.REQUIRES_NEW)
  public void end(String loginKey) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery("DELETE FROM ended_login WHERE ended_at < ?")
        .setParameter(1, now.minus(KEEP))
        .executeUpdate();
    em.createNativeQuery("INSERT IGNORE INTO ended_login (login_key, ended_at) VALUES (?, ?)")
        .setParameter(1, loginKey)
        .setParameter(2, now)
        .executeUpdate();
  }

  /** Whether the login with this key was ended. */
  @Transactional
  public boolean isEnded(String loginKey) {
    return !em.createNativeQuery("SELECT 1 FROM ended_login WHERE login_key = ?")
        .setParameter(1, loginKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
