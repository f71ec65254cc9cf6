package no.boforum.platform.pagecache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.db.DatabaseFailures;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.JobRunner;
import no.boforum.platform.jobs.PeriodicJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the page caches of a cluster's instances in step (decision 0044): what one instance drops
 * from its own cache is queued and written to the table {@code page_change} by this job, woken at
 * once on the job runner's thread (never on the request's: a task on a managed executor took the
 * request's context with it and closed its entity manager), and every other instance reads the rows
 * it has not seen about once a second and drops the same pages. So a change made through one
 * instance shows through every other within about a second, for visitors without a session too. An
 * instance alone reads only its own rows, which it skips.
 *
 * <p>A row's number is given at its insert and a row with a lower number can commit after a higher
 * one was read, so each read also takes the last {@link #OVERLAP} again and skips the rows it has
 * applied. When the database cannot be reached nothing is written or read: the pages of the other
 * instances then expire as before (at most {@code boforum.page-cache.seconds}).
 */
@ApplicationScoped
public class PageChanges implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(PageChanges.class.getName());

  /** How far back each read looks again, for rows that committed late. */
  static final Duration OVERLAP = Duration.ofSeconds(10);

  /** More changes than this waiting to be written are written as one: every page. */
  static final int PENDING_MAX = 100;

  private static final Duration WARN_EVERY = Duration.ofMinutes(1);

  /** How long rows are kept: any instance reads them long before. */
  static final Duration KEEP = Duration.ofMinutes(10);

  private static final int PURGE_EVERY_RUNS = 600;
  private static final int APPLIED_REMEMBERED = 10_000;

  /** This start of this instance: its own rows are not read back. */
  final String instance = UUID.randomUUID().toString();

  @PersistenceContext EntityManager em;
  @Inject PageCache pages;
  @Inject PageChanges self;
  @Inject JobRunner jobs;

  @Inject
  @ConfigProperty(name = "boforum.page-cache.shared-millis", defaultValue = "1000")
  long intervalMillis;

  private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();
  private long seen = -1;
  private long readAt;
  private long warnedAt;
  private int runs;

  private final Map<Long, Boolean> applied =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
          return size() > APPLIED_REMEMBERED;
        }
      };

  /** A row read: {@code kind} null is every page, {@code key} null the pages of many items. */
  record Change(long id, String kind, String key) {}

  @Override
  public String name() {
    return "page-changes";
  }

  @Override
  public Duration interval() {
    return Duration.ofMillis(intervalMillis);
  }

  @Override
  public Scope scope() {
    return Scope.PER_INSTANCE;
  }

  @Override
  public boolean enabled() {
    return pages.isOn();
  }

  /**
   * Tells the other instances what this one dropped: every page ({@code kind} null), the pages of
   * many items of a kind ({@code keys} empty), or those items' pages and the pages of many items.
   */
  void publish(String kind, Collection<String> keys) {
    if (!pages.isOn()) {
      return;
    }
    if (keys.isEmpty()) {
      pending.add(new Change(0, kind, null));
    } else {
      keys.forEach(key -> pending.add(new Change(0, kind, key)));
    }
    jobs.wake(name());
  }

  /** Writes what waits to be told, as one row for every page when there is much of it. */
  private void flush() {
    List<Change> out = new ArrayList<>();
    for (Change c = pending.poll(); c != null; c = pending.poll()) {
      out.add(c);
    }
    if (out.isEmpty()) {
      return;
    }
    if (out.size() > PENDING_MAX || out.stream().anyMatch(c -> c.kind() == null)) {
      out = List.of(new Change(0, null, null));
    }
    try {
      self.insert(out);
    } catch (RuntimeException e) {
      // The other instances' pages then expire as before; nothing waits for a database that may
      // stay away.
      failed("written", e);
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void insert(List<Change> changes) {
    for (Change c : changes) {
      em.createNativeQuery(
              "INSERT INTO page_change (instance, kind, item_key, created_at)"
                  + " VALUES (?, ?, ?, UTC_TIMESTAMP(6))")
          .setParameter(1, instance)
          .setParameter(2, c.kind())
          .setParameter(3, c.key())
          .executeUpdate();
    }
  }

  /** Drops here what the other instances dropped since the last run. */
  @Override
  public synchronized JobOutcome run() {
    flush();
    long now = System.nanoTime();
    if (readAt != 0 && now - readAt < interval().toNanos() * 9 / 10) {
      return JobOutcome.did(0); // woken to write: the other instances' rows are read on the beat
    }
    readAt = now;
    List<Change> read;
    try {
      if (seen < 0) {
        seen = self.highest(); // what was written before this start is older than any page here
        return JobOutcome.did(0);
      }
      read = self.since(seen, instance);
      if (++runs % PURGE_EVERY_RUNS == 0) {
        self.purge();
      }
    } catch (RuntimeException e) {
      failed("read", e);
      return JobOutcome.did(0);
    }
    List<Change> changes = new ArrayList<>();
    for (Change c : read) {
      seen = Math.max(seen, c.id());
      if (applied.put(c.id(), Boolean.TRUE) == null) {
        changes.add(c);
      }
    }
    apply(changes, pages);
    return JobOutcome.did(0);
  }

  /**
   * A failure to read or write: only a line at FINE while the database cannot be reached (its
   * outage is logged elsewhere, and this job runs every second), else a warning at most once a
   * minute.
   */
  private void failed(String what, RuntimeException e) {
    if (DatabaseFailures.unreachable(e)) {
      LOG.fine(() -> "Page changes not " + what + ": " + e);
      return;
    }
    long now = System.nanoTime();
    if (warnedAt == 0 || now - warnedAt > WARN_EVERY.toNanos()) {
      warnedAt = now;
      LOG.log(
          Level.WARNING,
          e,
          () -> "Page changes not " + what + "; the other instances' pages expire meanwhile");
    }
  }

  /** Drops the pages the changes name: all of them at once if one row says every page. */
  static void apply(List<Change> changes, PageCache pages) {
    if (changes.isEmpty()) {
      return;
    }
    if (changes.stream().anyMatch(c -> c.kind() == null)) {
      pages.dropAll();
      return;
    }
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (Change c : changes) {
      List<String> keys = items.computeIfAbsent(c.kind(), k -> new ArrayList<>());
      if (c.key() != null) {
        keys.add(c.key());
      }
    }
    items.forEach(
        (kind, keys) -> {
          if (keys.isEmpty()) {
            pages.dropCollections(kind);
          } else {
            pages.dropItems(kind, keys);
          }
        });
  }

  @Transactional(TxType.REQUIRES_NEW)
  public long highest() {
    Number max =
        (Number)
            em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM page_change").getSingleResult();
    return max.longValue();
  }

  /** The other instances' rows after {@code after}, and those of the last {@link #OVERLAP}. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Change> since(long after, String me) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, kind, item_key FROM page_change WHERE instance <> ?"
                    + " AND (id > ? OR created_at >= TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(6)))"
                    + " ORDER BY id")
            .setParameter(1, me)
            .setParameter(2, after)
            .setParameter(3, -OVERLAP.toNanos() / 1000)
            .getResultList();
    return rows.stream()
        .map(r -> new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void purge() {
    em.createNativeQuery(
            "DELETE FROM page_change WHERE created_at < TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(6))")
        .setParameter(1, -KEEP.toNanos() / 1000)
        .executeUpdate();
  }
}
