package no.boforum.platform.db;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network down) from other
 * failures, in the chain of causes the container and EclipseLink wrap around the driver's
 * exception.
 */
public final class DatabaseFailures {
  private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
  private static final AtomicLong lastLogged =
      new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

  private DatabaseFailures() {}

  /**
   * Logs a request that failed because the database cannot be reached, with its whole chain, at
   * most once every ten seconds for the whole application: an outage fails every request.
   */
  public static void logOutage(Logger log, String what, Throwable failure) {
    long now = System.nanoTime();
    long last = lastLogged.get();
    if (now - last >= LOG_INTERVAL_NANOS && lastLogged.compareAndSet(last, now)) {
      log.log(Level.WARNING, what + ": the database cannot be reached; answered 503", failure);
    }
  }

  /**
   * True if {@code failure} or one of its causes says the connection to the database failed: the
   * JDBC connection exceptions, an SQL state of class {@code 08} (connection exception),
   * EclipseLink's communication failure, or the transaction manager's {@link SystemException}: it
   * could not complete a commit or rollback with the database (seen when the database stopped
   * during a commit; the driver's exception is logged apart and not in the chain).
   */
  public static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (t instanceof SystemException
          || t instanceof DatabaseException db && db.isCommunicationFailure()) {
        return true;
      }
    }
    return false;
  }
}
