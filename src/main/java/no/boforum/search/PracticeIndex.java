package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.boforum.platform.db.ClusterLock;
import no.boforum.practice.PracticeService;

/**
 * The practice index: physical indices named by mapping version and creation time ({@code
 * practices-v4-20261124t054000}) behind the alias {@code practices}. A missing alias gets a fresh
 * index, filled through the outbox; an alias on an older mapping version is rebuilt into a new
 * index and swapped over, so search never goes empty.
 */
@ApplicationScoped
public class PracticeIndex {
  private static final Logger LOG = Logger.getLogger(PracticeIndex.class.getName());
  public static final String ALIAS = "practices";

  /** The alias of an index being filled by a rebuild: indexers write each change there too. */
  public static final String BUILDING = "practices-building";

  static final String VERSION = "v4";
  static final String SYNONYMS = "content/search/synonyms.txt";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS");

  @Inject PracticeService practices;
  @Inject SearchReindex reindex;
  @Inject ClusterLock lock;

  /**
   * Makes sure the alias exists on the present mapping version. The indexer asks on every tick (one
   * or two requests), so an index lost while the portal runs comes back by itself.
   */
  public void ensureExists(ElasticsearchClient es) throws IOException {
    Set<String> current = aliasTargets(es);
    if (current.isEmpty()) {
      // One instance creates it (the others find the alias on a later tick).
      lock.runExclusively(SearchReindex.LOCK, () -> createIfMissing(es));
    } else if (current.stream().noneMatch(PracticeIndex::isCurrentVersion)) {
      LOG.info(() -> "Search index " + current + " has an older mapping; rebuilding it");
      reindex.rebuild(es);
    }
  }

  /**
   * Creates the index, fills the queue, and only then publishes the alias: a failure in between
   * leaves no alias, so the next attempt repeats the whole sequence.
   */
  private void createIfMissing(ElasticsearchClient es) throws IOException {
    if (!aliasTargets(es).isEmpty()) {
      return;
    }
    String index = newName();
    create(es, index);
    int queued = practices.queueAllForIndexing();
    es.indices().putAlias(a -> a.index(index).name(ALIAS));
    LOG.info(() -> "Search index " + index + " published as " + ALIAS + "; queued " + queued);
  }

  /** The physical indices the alias points to; empty when there is no alias. */
  static Set<String> aliasTargets(ElasticsearchClient es) throws IOException {
    if (!es.indices().existsAlias(a -> a.name(ALIAS)).value()) {
      return Set.of();
    }
    return es.indices().getAlias(a -> a.name(ALIAS)).result().keySet();
  }

  /** The index being filled by a rebuild, if any (one small request). */
  static Optional<String> building(ElasticsearchClient es) throws IOException {
    if (!es.indices().existsAlias(a -> a.name(BUILDING)).value()) {
      return Optional.empty();
    }
    return es.indices().getAlias(a -> a.name(BUILDING)).result().keySet().stream().findFirst();
  }

  /**
   * Deletes what a rebuild that never finished left behind: its index, which still carries {@link
   * #BUILDING}, so that no indexer keeps writing to it, or an index of that very name that a late
   * removal created by itself. Called under the rebuild's cluster lock, so nobody else is building.
   */
  static void dropUnfinished(ElasticsearchClient es) throws IOException {
    Optional<String> left = building(es);
    if (left.isPresent() && !aliasTargets(es).contains(left.get())) {
      LOG.info(() -> "Removing " + left.get() + ", left by a rebuild that did not finish");
      es.indices().delete(d -> d.index(left.get()));
    } else if (left.isEmpty() && es.indices().exists(e -> e.index(BUILDING)).value()) {
      LOG.info(() -> "Removing the index " + BUILDING + ", created by a late removal");
      es.indices().delete(d -> d.index(BUILDING));
    }
  }

  static boolean isCurrentVersion(String index) {
    return index.startsWith(ALIAS + "-" + VERSION + "-");
  }

  static String newName() {
    return ALIAS + "-" + VERSION + "-" + STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
  }

  /** Creates a physical index with the present mapping and the synonyms of the content folder. */
  static void create(ElasticsearchClient es, String index) throws IOException {
    byte[] definition = definition(synonyms());
    try {
      es.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(definition)));
    } catch (ElasticsearchException e) {
      // Another instance created it a moment ago: that is what we wanted.
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    }
  }

  static List<String> synonyms() {
    try (InputStream in = PracticeIndex.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] definition(List<String> synonyms) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        PracticeIndex.class.getResourceAsStream("/search/practices-" + VERSION + ".json")) {
      ObjectNode root = (ObjectNode) json.readTree(in);
      ObjectNode filters = (ObjectNode) root.at("/settings/analysis/filter");
      for (String name : List.of("nb_synonyms", "nn_synonyms")) {
        ArrayNode list = ((ObjectNode) filters.get(name)).putArray("synonyms");
        synonyms.forEach(list::add);
      }
      return json.writeValueAsBytes(root);
    }
  }
}
