package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.db.ClusterLock;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;

/**
 * A full rebuild of the practice index, while search goes on: a new physical index is filled from
 * the database, the alias is swapped over in one step, and the old index is deleted. Changes made
 * during the rebuild reach both indices: the outbox indexer writes to the index being built as well
 * as to the alias: the index being built carries the alias {@link PracticeIndex#BUILDING}, which
 * every instance's indexer looks for, and versions keep the two writers in order. One rebuild at a
 * time per instance.
 */
@ApplicationScoped
public class SearchReindex {
  private static final Logger LOG = Logger.getLogger(SearchReindex.class.getName());
  static final int PAGE = 200;
  static final String LOCK = "boforum-search-rebuild";

  /** Where the last rebuild is; {@code index} is the one being built or last built. */
  public record Progress(
      boolean running,
      long done,
      long total,
      Instant startedAt,
      Instant finishedAt,
      String index,
      String error) {
    static final Progress NONE = new Progress(false, 0, 0, null, null, null, null);

    public int percent() {
      return total == 0 ? (running ? 0 : 100) : (int) (done * 100 / total);
    }
  }

  @Resource ManagedExecutorService executor;
  @Inject SearchClient searchClient;
  @Inject PracticeService practices;
  @Inject ClusterLock lock;
  private final Clock clock = Clock.systemUTC();
  private volatile Progress progress = Progress.NONE;
  private final AtomicBoolean busy = new AtomicBoolean();

  public Progress progress() {
    return progress;
  }

  /** Starts a rebuild in the background; false if one is running or the index is unreachable. */
  public boolean start() {
    Optional<ElasticsearchClient> es = searchClient.client();
    if (es.isEmpty() || !busy.compareAndSet(false, true)) {
      return false;
    }
    progress = new Progress(true, 0, 0, Instant.now(clock), null, null, null);
    executor.execute(
        () -> {
          try {
            build(es.get());
          } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index rebuild failed", e);
            progress =
                new Progress(
                    false,
                    progress.done(),
                    progress.total(),
                    progress.startedAt(),
                    Instant.now(clock),
                    progress.index(),
                    String.valueOf(e.getMessage()));
          } finally {
            busy.set(false);
          }
        });
    return true;
  }

  /**
   * Builds a new index from the database and swaps the alias to it, blocking until done; does
   * nothing if a rebuild is already running.
   */
  public void rebuild(ElasticsearchClient es) throws IOException {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      if (!lock.runExclusively(LOCK, () -> buildHere(es))) {
        LOG.info("Another instance is rebuilding the search index; this one waits for it");
      }
    } finally {
      busy.set(false);
    }
  }

  /** Builds, unless another instance is building: one rebuild at a time in the whole cluster. */
  private void build(ElasticsearchClient es) throws IOException {
    if (!lock.runExclusively(LOCK, () -> buildHere(es))) {
      throw new IOException("another instance is rebuilding the search index");
    }
  }

  private void buildHere(ElasticsearchClient es) throws IOException {
    Instant started = progress.running() ? progress.startedAt() : Instant.now(clock);
    String index = PracticeIndex.newName();
    long total = practices.count();
    progress = new Progress(true, 0, total, started, null, index, null);
    PracticeIndex.dropUnfinished(es);
    PracticeIndex.create(es, index);
    // Every instance's indexer writes each change to this index too, from now until the swap.
    es.indices().putAlias(a -> a.index(index).name(PracticeIndex.BUILDING));
    try {
      fill(es, index, started, total);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(es, index);
      throw e;
    }
  }

  private void fill(ElasticsearchClient es, String index, Instant started, long total)
      throws IOException {
    long done = 0;
    String after = "";
    for (List<PracticeDetails> page = practices.publishedAfter(after, PAGE);
        !page.isEmpty();
        page = practices.publishedAfter(after, PAGE)) {
      write(es, index, page);
      done += page.size();
      after = page.get(page.size() - 1).slug();
      progress = new Progress(true, done, Math.max(total, done), started, null, index, null);
    }
    es.indices().refresh(r -> r.index(index));
    Set<String> old = PracticeIndex.aliasTargets(es);
    es.indices()
        .updateAliases(
            u -> {
              old.forEach(
                  o -> u.actions(a -> a.remove(r -> r.index(o).alias(PracticeIndex.ALIAS))));
              u.actions(a -> a.remove(r -> r.index(index).alias(PracticeIndex.BUILDING)));
              return u.actions(a -> a.add(add -> add.index(index).alias(PracticeIndex.ALIAS)));
            });
    for (String o : old) {
      es.indices().delete(d -> d.index(o));
    }
    long indexed = done;
    LOG.info(() -> "Search index rebuilt as " + index + ": " + indexed + " practices");
    progress = new Progress(false, done, done, started, Instant.now(clock), index, null);
  }

  private void write(ElasticsearchClient es, String index, List<PracticeDetails> page)
      throws IOException {
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    Map<String, List<String>> texts =
        practices.attachmentTexts(page.stream().map(PracticeDetails::slug).toList());
    for (PracticeDetails p : page) {
      PracticeDocument doc = PracticeDocument.of(p, texts.getOrDefault(p.slug(), List.of()));
      bulk.operations(
          op ->
              op.index(
                  i ->
                      i.id(p.slug())
                          .document(doc)
                          .version(p.version())
                          .versionType(VersionType.External)));
    }
    BulkResponse response = es.bulk(bulk.build());
    // 409: the indexer already wrote a newer version of this practice into the new index.
    Optional<BulkResponseItem> refused =
        response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst();
    if (refused.isPresent()) {
      throw new IOException(
          "The new index refused documents: "
              + refused.get().id()
              + " "
              + refused.get().error().reason());
    }
  }

  /** Removes a half-built index after a failure, unless the alias already points at it. */
  private static void deleteQuietly(ElasticsearchClient es, String index) {
    try {
      if (!PracticeIndex.aliasTargets(es).contains(index)) {
        es.indices().delete(d -> d.index(index));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Could not remove the half-built index " + index + ": " + e);
    }
  }
}
