package no.boforum.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's one way to make something run on one instance of the cluster at a time: a row of the
 * table {@code job} per name, claimed with a conditional UPDATE when it is due and nobody holds a
 * live lease on it. The holder renews the lease while it works; a dead instance's lease runs out
 * after {@link #LEASE}. Each statement commits at once, outside any caller's transaction.
 */
@ApplicationScoped
public class Leases {
  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  /** How long a holder that stopped renewing (a dead instance) keeps others out. */
  static final Duration LEASE = Duration.ofMinutes(2);

  static final Duration RENEW_EVERY = Duration.ofSeconds(30);
  private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  /** A claim held: the row's name, and a token that only this claim knows. */
  public record Lease(String name, String token) {}

  @PersistenceContext EntityManager em;
  @Resource ManagedThreadFactory threads;
  @Inject Leases self;
  private final Set<Lease> held = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService renewer;

  /** Makes sure the row {@code name} exists; a new row falls due {@code firstIn} from now. */
  @Transactional(TxType.REQUIRES_NEW)
  public void register(String name, Duration firstIn) {
    em.createNativeQuery(
            "INSERT IGNORE INTO job (name, next_due)"
                + " VALUES (?, TIMESTAMPADD(MICROSECOND, ?, NOW(6)))")
        .setParameter(1, name)
        .setParameter(2, micros(firstIn))
        .executeUpdate();
  }

  /**
   * Claims the row {@code name} when it is due and no live lease is on it: empty when another claim
   * (on any instance) holds it, or when it is not due yet.
   */
  public Optional<Lease> claim(String name) {
    Lease lease = new Lease(name, INSTANCE + "/" + UUID.randomUUID());
    if (self.update(
            "UPDATE job SET owner = ?, lease_until = TIMESTAMPADD(MICROSECOND, ?, NOW(6)),"
                + " last_started = NOW(6), runs = runs + 1"
                + " WHERE name = ? AND next_due <= NOW(6)"
                + " AND (lease_until IS NULL OR lease_until < NOW(6))",
            lease.token(),
            micros(LEASE),
            name)
        == 0) {
      return Optional.empty();
    }
    held.add(lease);
    startRenewing();
    return Optional.of(lease);
  }

  /**
   * Gives the lease back, with the outcome of the work; the row falls due again {@code nextIn} from
   * now, or stays as due as it was when {@code nextIn} is null (a plain lock).
   */
  public void release(Lease lease, Duration nextIn, String outcome, String error) {
    held.remove(lease);
    String due =
        nextIn == null
            ? ""
            : ", next_due = TIMESTAMPADD(MICROSECOND, " + micros(nextIn) + ", NOW(6))";
    int n =
        self.update(
            "UPDATE job SET owner = NULL, lease_until = NULL, last_finished = NOW(6),"
                + " last_outcome = ?, last_error = ?"
                + due
                + " WHERE name = ? AND owner = ?",
            outcome,
            error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
            lease.name(),
            lease.token());
    if (n == 0) {
      LOG.warning(() -> lease.name() + ": the lease had run out before the work ended");
    }
  }

  /** One statement in a transaction of its own; answers how many rows it changed. */
  @Transactional(TxType.REQUIRES_NEW)
  public int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  private synchronized void startRenewing() {
    if (renewer == null) {
      renewer = Executors.newSingleThreadScheduledExecutor(threads);
      long every = RENEW_EVERY.toMillis();
      renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Extends the lease from now on: false when it is no longer this claim's (it ran out and another
   * claim took the row), so that the holder can stop before a step that must not happen twice.
   */
  public boolean renew(Lease lease) {
    return self.update(
            "UPDATE job SET lease_until = TIMESTAMPADD(MICROSECOND, ?, NOW(6))"
                + " WHERE name = ? AND owner = ?",
            micros(LEASE),
            lease.name(),
            lease.token())
        == 1;
  }

  private void renewAll() {
    for (Lease lease : held) {
      try {
        boolean renewed = renew(lease);
        if (!renewed && held.contains(lease)) {
          LOG.warning(() -> lease.name() + ": lease lost; another instance may take the work");
        }
      } catch (Throwable e) {
        // An escaping throwable would stop the renewals for good.
        LOG.log(Level.WARNING, "Renewing the lease " + lease.name() + " failed", e);
      }
    }
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  /**
   * Stops renewing and hands back what this instance still holds, so that after a redeploy the next
   * instance need not wait for the leases to run out.
   */
  @PreDestroy
  synchronized void stop() {
    if (renewer != null) {
      renewer.shutdownNow();
    }
    for (Lease lease : held) {
      try {
        self.update(
            "UPDATE job SET owner = NULL, lease_until = NULL WHERE name = ? AND owner = ?",
            lease.name(),
            lease.token());
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "The lease " + lease.name() + " runs out by itself", e);
      }
    }
    held.clear();
  }
}
