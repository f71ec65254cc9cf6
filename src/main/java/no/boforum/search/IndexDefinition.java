package no.boforum.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The definition of a kind's index: search's shared part ({@code search/base-index.json}: the
 * Norwegian analysis and the common fields) with the kind's mapping file merged into it, the
 * synonyms of the content folder in both written forms' synonym filters, and its compound parts in
 * the decompounder (Elasticsearch's {@code dictionary_decompounder}: "boligrådgiver" is also
 * indexed and searched as "bolig" and "rådgiver", so that one word or two find each other).
 */
final class IndexDefinition {
  static final String BASE = "/search/base-index.json";
  static final String SYNONYMS = "content/search/synonyms.txt";
  static final String COMPOUND_PARTS = "content/search/compound-parts.txt";

  /** Elasticsearch's defaults, which every index has once built. */
  static final String REFRESH_INTERVAL = "1s";

  static final String REPLICAS = "1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexDefinition() {}

  /** The definition for a kind, as the bytes of a create-index request. */
  static byte[] of(SearchableKind kind) throws IOException {
    return JSON.writeValueAsBytes(
        merged(kind.mappingResource(), lines(SYNONYMS), words(lines(COMPOUND_PARTS))));
  }

  /**
   * The definition for the index a rebuild fills: never refreshed and without replicas until it is
   * full ({@link KindIndex#finishBuilding}).
   */
  static byte[] forBuilding(SearchableKind kind) throws IOException {
    ObjectNode root = merged(kind.mappingResource(), lines(SYNONYMS), words(lines(COMPOUND_PARTS)));
    ((ObjectNode) root.get("settings")).put("refresh_interval", "-1").put("number_of_replicas", 0);
    return JSON.writeValueAsBytes(root);
  }

  /** The base with the kind's resource (a class-path resource of the application) merged in. */
  static ObjectNode merged(String resource, List<String> synonyms, List<String> compoundParts)
      throws IOException {
    ObjectNode root = read(BASE);
    merge(root, read(resource.startsWith("/") ? resource : "/" + resource));
    ObjectNode filters = (ObjectNode) root.at("/settings/analysis/filter");
    for (String name : List.of("nb_synonyms", "nn_synonyms")) {
      ArrayNode list = ((ObjectNode) filters.get(name)).putArray("synonyms");
      synonyms.forEach(list::add);
    }
    ArrayNode parts = ((ObjectNode) filters.get("compounds")).putArray("word_list");
    compoundParts.forEach(parts::add);
    return root;
  }

  private static ObjectNode read(String resource) throws IOException {
    try (InputStream in = IndexDefinition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("No index mapping at " + resource);
      }
      return (ObjectNode) JSON.readTree(in);
    }
  }

  /**
   * Adds {@code extra} into {@code into}: objects are merged key by key, anything else replaced.
   */
  static void merge(ObjectNode into, JsonNode extra) {
    Iterator<Map.Entry<String, JsonNode>> fields = extra.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode present = into.get(e.getKey());
      if (present instanceof ObjectNode o && e.getValue() instanceof ObjectNode) {
        merge(o, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  /** The words of lines: several to a line, separated by spaces or commas. */
  static List<String> words(List<String> lines) {
    return lines.stream()
        .flatMap(line -> Arrays.stream(line.split("[\\s,]+")))
        .filter(word -> !word.isEmpty())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  /** The lines of a content file that are neither empty nor comments ({@code #}). */
  static List<String> lines(String resource) {
    try (InputStream in = IndexDefinition.class.getClassLoader().getResourceAsStream(resource)) {
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
}
