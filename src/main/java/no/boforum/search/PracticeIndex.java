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
import java.util.List;
import java.util.logging.Logger;
import no.boforum.practice.PracticeService;

/**
 * The practice index: a versioned physical index ({@code practices-v1}) behind the alias {@code
 * practices}. Creating it fresh queues every practice in the outbox, so the index fills itself.
 */
@ApplicationScoped
public class PracticeIndex {
  private static final Logger LOG = Logger.getLogger(PracticeIndex.class.getName());
  public static final String ALIAS = "practices";
  static final String VERSION = "v1";
  static final String SYNONYMS = "content/search/synonyms.txt";

  @Inject PracticeService practices;

  /**
   * Makes sure the alias exists, creating and refilling the index when it is gone. The indexer asks
   * on every tick (one HEAD request), so an index lost while the portal runs comes back by itself.
   */
  public void ensureExists(ElasticsearchClient es) throws IOException {
    if (!es.indices().existsAlias(a -> a.name(ALIAS)).value()) {
      // Create, fill the queue, and only then publish the alias: a failure in between leaves no
      // alias, so the next attempt repeats the whole sequence.
      String index = ALIAS + "-" + VERSION;
      if (!es.indices().exists(e -> e.index(index)).value()) {
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
      int queued = practices.queueAllForIndexing();
      es.indices().putAlias(a -> a.index(index).name(ALIAS));
      LOG.info(() -> "Search index " + index + " published as " + ALIAS + "; queued " + queued);
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
