package no.boforum.platform.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
  @Test
  void connectionFailuresDeepInTheChainAreUnreachable() {
    var refused = new SQLNonTransientConnectionException("Socket fail to connect", "08000");
    assertTrue(
        DatabaseFailures.unreachable(
            new ServletException(new PersistenceException(new SQLException("pool", refused)))));
    assertTrue(DatabaseFailures.unreachable(new SQLTransientConnectionException("timeout")));
    assertTrue(DatabaseFailures.unreachable(new SQLException("link failure", "08S01")));
    assertTrue(
        DatabaseFailures.unreachable(
            new TransactionalException("commit", new SystemException("JTS5031"))));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(DatabaseFailures.unreachable(new SQLException("duplicate", "23000")));
    assertFalse(DatabaseFailures.unreachable(new SQLException("no state")));
    assertFalse(DatabaseFailures.unreachable(new PersistenceException("optimistic lock")));
    assertFalse(DatabaseFailures.unreachable(new IllegalStateException("bug")));
    assertFalse(DatabaseFailures.unreachable(null));
  }
}
