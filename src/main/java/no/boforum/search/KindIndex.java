package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.boforum.platform.db.ClusterLock;
import no.boforum.platform.outbox.SearchOutbox;

/**
 * A kind's index: physical indices named by alias, mapping version and creation time ({@code
 * practices-v5-20261203t024545}) behind the kind's alias. A missing alias gets a fresh index,
 * filled through the outbox; an alias on an older mapping version is rebuilt into a new index and
 * swapped over, so search never goes empty. While a rebuild fills a new index, that index carries
 * the alias {@link #building(SearchableKind)}, and every instance's indexer writes there too.
 */
@ApplicationScoped
public class KindIndex {
  private static final Logger LOG = Logger.getLogger(KindIndex.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS");
  static final int QUEUE_PAGE = 1_000;

  @Inject SearchReindex reindex;
  @Inject ClusterLock lock;
  @Inject SearchOutbox outbox;

  /** The alias of the index a rebuild of this kind is filling. */
  public static String building(SearchableKind kind) {
    return kind.alias() + "-building";
  }

  /** The cluster lock one rebuild (or first creation) of this kind holds. */
  static String lockName(SearchableKind kind) {
    return "boforum-search-rebuild-" + kind.alias();
  }

  /**
   * Makes sure the alias exists on the present mapping version. The indexer asks on every tick (one
   * or two requests per kind), so an index lost while the portal runs comes back by itself.
   */
  public void ensureExists(ElasticsearchClient es, SearchableKind kind) throws IOException {
    Set<String> current = aliasTargets(es, kind.alias());
    if (current.isEmpty()) {
      // One instance creates it (the others find the alias on a later tick).
      lock.runExclusively(lockName(kind), held -> createIfMissing(es, kind));
    } else if (current.stream().noneMatch(i -> isCurrentVersion(kind, i))) {
      LOG.info(() -> "Search index " + current + " has an older mapping; rebuilding it");
      reindex.rebuild(kind);
    }
  }

  /**
   * Creates the index, queues every item, and only then publishes the alias: a failure in between
   * leaves no alias, so the next attempt repeats the whole sequence.
   */
  private void createIfMissing(ElasticsearchClient es, SearchableKind kind) throws IOException {
    if (!aliasTargets(es, kind.alias()).isEmpty()) {
      return;
    }
    String index = newName(kind);
    create(es, kind, index);
    long queued = 0;
    String after = "";
    for (List<String> keys = kind.keysAfter(after, QUEUE_PAGE);
        !keys.isEmpty();
        keys = kind.keysAfter(after, QUEUE_PAGE)) {
      outbox.queue(kind.name(), keys);
      queued += keys.size();
      after = keys.get(keys.size() - 1);
    }
    es.indices().putAlias(a -> a.index(index).name(kind.alias()));
    long count = queued;
    LOG.info(() -> "Search index " + index + " published as " + kind.alias() + "; queued " + count);
  }

  /** The physical indices an alias points to; empty when there is no such alias. */
  static Set<String> aliasTargets(ElasticsearchClient es, String alias) throws IOException {
    if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
      return Set.of();
    }
    return es.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  /** The index being filled by a rebuild of this kind, if any (one small request). */
  static Optional<String> buildingIndex(ElasticsearchClient es, SearchableKind kind)
      throws IOException {
    return aliasTargets(es, building(kind)).stream().findFirst();
  }

  /**
   * Deletes what a rebuild that never finished left behind: its index, which still carries the
   * building alias, so that no indexer keeps writing to it, or an index of that very name that a
   * late removal created by itself. Called under the rebuild's cluster lock.
   */
  static void dropUnfinished(ElasticsearchClient es, SearchableKind kind) throws IOException {
    String building = building(kind);
    Optional<String> left = buildingIndex(es, kind);
    if (left.isPresent() && !aliasTargets(es, kind.alias()).contains(left.get())) {
      LOG.info(() -> "Removing " + left.get() + ", left by a rebuild that did not finish");
      es.indices().delete(d -> d.index(left.get()));
    } else if (left.isEmpty() && es.indices().exists(e -> e.index(building)).value()) {
      LOG.info(() -> "Removing the index " + building + ", created by a late removal");
      es.indices().delete(d -> d.index(building));
    }
  }

  static boolean isCurrentVersion(SearchableKind kind, String index) {
    return index.startsWith(kind.alias() + "-" + kind.mappingVersion() + "-");
  }

  static String newName(SearchableKind kind) {
    return kind.alias()
        + "-"
        + kind.mappingVersion()
        + "-"
        + STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
  }

  /** Creates a physical index with the kind's present mapping and the content's synonyms. */
  static void create(ElasticsearchClient es, SearchableKind kind, String index) throws IOException {
    create(es, index, IndexDefinition.of(kind));
  }

  /**
   * Creates the index a rebuild fills: as {@link #create}, but with no refreshes and no replicas
   * until {@link #finishBuilding}, which a bulk load does not need and pays for.
   */
  static void createForBuilding(ElasticsearchClient es, SearchableKind kind, String index)
      throws IOException {
    create(es, index, IndexDefinition.forBuilding(kind));
  }

  /** Gives an index a rebuild filled Elasticsearch's usual refresh interval and replicas back. */
  static void finishBuilding(ElasticsearchClient es, SearchableKind kind, String index)
      throws IOException {
    es.indices()
        .putSettings(
            p ->
                p.index(index)
                    .settings(
                        s ->
                            s.refreshInterval(t -> t.time(IndexDefinition.REFRESH_INTERVAL))
                                .numberOfReplicas(IndexDefinition.REPLICAS)));
  }

  private static void create(ElasticsearchClient es, String index, byte[] definition)
      throws IOException {
    try {
      es.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(definition)));
    } catch (ElasticsearchException e) {
      // Another instance created it a moment ago: that is what we wanted.
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    }
  }
}
