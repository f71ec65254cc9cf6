package no.boforum.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A lock across every instance of the portal, for work that must not run twice at once: MariaDB's
 * {@code GET_LOCK}, held on a connection of its own, so that an instance that dies frees it.
 */
@ApplicationScoped
public class ClusterLock {
  @Resource(lookup = BoforumDataSource.JNDI_NAME)
  DataSource dataSource;

  /** Work that may fail with an I/O error. */
  @FunctionalInterface
  public interface Work {
    void run() throws IOException;
  }

  /**
   * Runs {@code work} holding the lock {@code name}, without waiting for it: false, and nothing
   * run, when another instance (or thread) holds it.
   */
  public boolean runExclusively(String name, Work work) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      if (!acquire(c, name)) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        release(c, name);
      }
    } catch (SQLException e) {
      throw new IOException("The lock " + name + " could not be taken or given back", e);
    }
  }

  private static boolean acquire(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getInt(1) == 1;
      }
    }
  }

  private static void release(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      s.setString(1, name);
      s.executeQuery().close();
    }
  }
}
