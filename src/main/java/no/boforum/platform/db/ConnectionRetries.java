package no.boforum.platform.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection, by default three times with five
 * seconds between: while the database is down, every page then held its request thread for ten
 * seconds or more before the visitor saw "temporarily unavailable". The pool validates each
 * connection before handing it out (BoforumDataSource), so one immediate retry on a fresh
 * connection is all a read needs: a connection that broke between its check and its use.
 */
public class ConnectionRetries implements SessionCustomizer {
  static final int RETRIES = 1;

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(RETRIES);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
