package no.boforum.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A lock across every instance of the portal, for work that must not run twice at once and is not a
 * periodic job (the search rebuild): a {@link Leases lease} on a row of its own that never falls
 * due later, so an instance that dies frees it when the lease runs out.
 */
@ApplicationScoped
public class ClusterLock {
  private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

  @Inject Leases leases;

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
    Optional<Leases.Lease> lease;
    try {
      leases.register(name, Duration.ZERO);
      lease = leases.claim(name);
    } catch (RuntimeException e) {
      throw new IOException("The lock " + name + " could not be taken", e);
    }
    if (lease.isEmpty()) {
      return false;
    }
    String outcome = "FAILED";
    try {
      work.run();
      outcome = "DONE";
      return true;
    } finally {
      try {
        leases.release(lease.get(), null, outcome, null);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The lock " + name + " is freed when its lease runs out", e);
      }
    }
  }
}
