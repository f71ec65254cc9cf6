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

  /** Work that may fail with an I/O error, told how to check that it still holds the lock. */
  @FunctionalInterface
  public interface Work {
    void run(Held held) throws IOException;
  }

  /** The lock as the work holds it. */
  @FunctionalInterface
  public interface Held {
    /**
     * Renews the lease and fails when it was lost (this instance stalled past the lease and another
     * took the lock): call it right before a step that must not happen twice, such as swapping an
     * alias, so that a stalled holder does not undo the new holder's work.
     */
    void confirm() throws IOException;
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
      Leases.Lease mine = lease.get();
      work.run(
          () -> {
            if (!leases.renew(mine)) {
              throw new IOException("The lock " + name + " was lost: another instance holds it");
            }
          });
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
