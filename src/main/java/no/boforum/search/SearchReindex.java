package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.db.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A full rebuild of one kind's index or of every kind's, while search goes on: for each kind a new
 * physical index is filled from the database, the alias is swapped over in one step, and the old
 * index is deleted. Changes made during the rebuild reach both indices: the index being built
 * carries the kind's building alias ({@link KindIndex#building}), which every instance's indexer
 * also writes to, and versions keep the two writers in order. One rebuild at a time per instance,
 * and per kind in the whole cluster (a cluster lock).
 */
@ApplicationScoped
public class SearchReindex {
  private static final Logger LOG = Logger.getLogger(SearchReindex.class.getName());

  /** Where one kind's part of a rebuild is. */
  public record KindProgress(String kind, long done, long total, String index, boolean finished) {}

  /**
   * Where the last rebuild is: {@code done} and {@code total} over all its kinds, {@code index} the
   * one being built or last built (the kinds' indices, comma-separated), {@code kinds} each kind's.
   */
  @JsonbPropertyOrder({
    "running",
    "done",
    "total",
    "startedAt",
    "finishedAt",
    "index",
    "error",
    "kinds"
  })
  public record Progress(
      boolean running,
      long done,
      long total,
      Instant startedAt,
      Instant finishedAt,
      String index,
      String error,
      List<KindProgress> kinds) {
    static final Progress NONE = new Progress(false, 0, 0, null, null, null, null, List.of());

    public int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) (done * 100 / total);
    }
  }

  @Resource ManagedExecutorService executor;
  @Inject SearchClient searchClient;
  @Inject SearchKinds kinds;
  @Inject ClusterLock lock;

  /** Practices (items) read from the database and sent to the new index in one bulk request. */
  @Inject
  @ConfigProperty(name = "boforum.search.rebuild.page-size")
  int pageSize;

  /** Bulk requests in flight at once while the next page is read. */
  @Inject
  @ConfigProperty(name = "boforum.search.rebuild.writers")
  int writers;

  private final Clock clock = Clock.systemUTC();
  private volatile Progress progress = Progress.NONE;
  private final AtomicBoolean busy = new AtomicBoolean();

  public Progress progress() {
    return progress;
  }

  /**
   * Starts a rebuild in the background of the named kind, or of every kind when {@code kind} is
   * empty; false if one is running or the index is unreachable.
   *
   * @throws IllegalArgumentException for a kind that does not exist
   */
  public boolean start(Optional<String> kind) {
    List<SearchableKind> chosen =
        kind.isEmpty()
            ? kinds.all()
            : List.of(
                kinds
                    .named(kind.get())
                    .orElseThrow(() -> new IllegalArgumentException("no kind " + kind.get())));
    if (searchClient.client().isEmpty() || !busy.compareAndSet(false, true)) {
      return false;
    }
    begin(chosen);
    executor.execute(
        () -> {
          try {
            for (SearchableKind k : chosen) {
              if (!lock.runExclusively(KindIndex.lockName(k), held -> buildHere(k, held))) {
                throw new IOException("another instance is rebuilding the index of " + k.name());
              }
            }
            finish(null);
          } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index rebuild failed", e);
            finish(String.valueOf(e.getMessage()));
          } finally {
            busy.set(false);
          }
        });
    return true;
  }

  /**
   * Builds a new index of one kind from the database and swaps its alias to it, blocking until
   * done; does nothing if a rebuild is already running here, or another instance is building.
   */
  public void rebuild(SearchableKind kind) throws IOException {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      boolean built =
          lock.runExclusively(
              KindIndex.lockName(kind),
              held -> {
                begin(List.of(kind));
                buildHere(kind, held);
                finish(null);
              });
      if (!built) {
        LOG.info(() -> "Another instance is rebuilding the " + kind.name() + " index; waiting");
      }
    } catch (IOException | RuntimeException e) {
      if (progress.running()) {
        finish(String.valueOf(e.getMessage()));
      }
      throw e;
    } finally {
      busy.set(false);
    }
  }

  private void begin(List<SearchableKind> chosen) {
    List<KindProgress> planned =
        chosen.stream().map(k -> new KindProgress(k.name(), 0, 0, null, false)).toList();
    progress = new Progress(true, 0, 0, Instant.now(clock), null, null, null, planned);
  }

  /** The rebuild ended: done when {@code error} is null, failed with it otherwise. */
  private void finish(String error) {
    Progress p = progress;
    long total = error == null ? p.done() : p.total();
    progress =
        new Progress(
            false, p.done(), total, p.startedAt(), Instant.now(clock), p.index(), error, p.kinds());
  }

  /**
   * Builds one kind's index on a connection of the rebuild's own: the portal's shared one is reset
   * (and closed soon after) when any search or indexer request fails, which a rebuild of minutes
   * must survive.
   */
  private void buildHere(SearchableKind kind, ClusterLock.Held held) throws IOException {
    try (SearchClient.Owned own =
        searchClient
            .open()
            .orElseThrow(() -> new IOException("The search index cannot be reached"))) {
      buildHere(own.client(), kind, held);
    }
  }

  private void buildHere(ElasticsearchClient es, SearchableKind kind, ClusterLock.Held held)
      throws IOException {
    String index = KindIndex.newName(kind);
    long total = kind.count();
    report(kind, 0, total, index, false);
    KindIndex.dropUnfinished(es, kind);
    KindIndex.createForBuilding(es, kind, index);
    // Every instance's indexer writes each change to this index too, from now until the swap.
    es.indices().putAlias(a -> a.index(index).name(KindIndex.building(kind)));
    try {
      fill(es, kind, index, total, held);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(es, kind, index);
      throw e;
    }
  }

  private void fill(
      ElasticsearchClient es, SearchableKind kind, String index, long total, ClusterLock.Held held)
      throws IOException {
    IndexBulkLoad load = new IndexBulkLoad(es, kind, index, pageSize, writers);
    long started = System.nanoTime();
    long indexed = load.run(count -> advance(kind, count, total, index));
    // The first refresh writes everything indexed since the start: a long request.
    ElasticsearchClient slow = load.patientClient();
    KindIndex.finishBuilding(slow, kind, index);
    slow.indices().refresh(r -> r.index(index));
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            String.format(
                "Filled %s with %d %s in %d ms (%d ms of it reading the database; pages of %d,"
                    + " %d bulk requests at a time)",
                index,
                indexed,
                kind.name(),
                millis,
                load.readMillis(),
                load.pageSize(),
                load.writers()));
    // A holder that stalled past its lease must not swap over a newer holder's index.
    held.confirm();
    Set<String> old = KindIndex.aliasTargets(es, kind.alias());
    String building = KindIndex.building(kind);
    es.indices()
        .updateAliases(
            u -> {
              old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(kind.alias()))));
              u.actions(a -> a.remove(r -> r.index(index).alias(building)));
              return u.actions(a -> a.add(add -> add.index(index).alias(kind.alias())));
            });
    for (String o : old) {
      try {
        slow.indices().delete(d -> d.index(o));
      } catch (IOException | RuntimeException e) {
        // The new index is in place: the old one only takes room until removed by hand.
        LOG.warning(() -> "Could not remove the replaced index " + o + ": " + e);
      }
    }
    LOG.info(() -> "Search index rebuilt as " + index + ": " + indexed + " " + kind.name());
    report(kind, indexed, indexed, index, true);
  }

  /** Adds {@code count} items to this kind's line of a running rebuild's progress. */
  private synchronized void advance(SearchableKind kind, int count, long total, String index) {
    long done =
        progress.kinds().stream()
                .filter(l -> l.kind().equals(kind.name()))
                .mapToLong(KindProgress::done)
                .sum()
            + count;
    report(kind, done, Math.max(total, done), index, false);
  }

  /**
   * Replaces this kind's line of the progress and the sums over all kinds; nothing once the rebuild
   * has ended (a late answer of a failed one).
   */
  private synchronized void report(
      SearchableKind kind, long done, long total, String index, boolean finished) {
    Progress p = progress;
    if (!p.running()) {
      return;
    }
    List<KindProgress> lines = new ArrayList<>();
    for (KindProgress line : p.kinds()) {
      lines.add(
          line.kind().equals(kind.name())
              ? new KindProgress(kind.name(), done, total, index, finished)
              : line);
    }
    long allDone = lines.stream().mapToLong(KindProgress::done).sum();
    long allTotal = lines.stream().mapToLong(KindProgress::total).sum();
    String indices =
        String.join(",", lines.stream().map(KindProgress::index).filter(i -> i != null).toList());
    progress =
        new Progress(
            true, allDone, allTotal, p.startedAt(), null, indices, null, List.copyOf(lines));
  }

  /** Removes a half-built index after a failure, unless the alias already points at it. */
  private static void deleteQuietly(ElasticsearchClient es, SearchableKind kind, String index) {
    try {
      if (!KindIndex.aliasTargets(es, kind.alias()).contains(index)) {
        es.indices().delete(d -> d.index(index));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Could not remove the half-built index " + index + ": " + e);
    }
  }
}
