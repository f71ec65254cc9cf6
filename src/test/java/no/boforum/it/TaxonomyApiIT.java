package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import no.boforum.testsupport.Http;
import org.junit.jupiter.api.Test;

/**
 * The taxonomies as the API serves them, compared with the files under content/taxonomy they are
 * imported from: every term, in the file's order, labelled in the asked language.
 */
class TaxonomyApiIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static List<JsonNode> files() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of("content", "taxonomy"))) {
      List<JsonNode> files = new ArrayList<>();
      for (Path p : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        files.add(YAML.readTree(p.toFile()));
      }
      assertTrue(files.size() >= 8, "the taxonomy files: " + files.size());
      return files;
    }
  }

  private static List<String> each(JsonNode terms, Function<JsonNode, String> part) {
    List<String> values = new ArrayList<>();
    terms.forEach(t -> values.add(part.apply(t)));
    return values;
  }

  /** A file's label in a language: place names have one name for all three. */
  private static String label(JsonNode term, String language) {
    return term.has(language) ? term.path(language).asText() : term.path("name").asText();
  }

  @Test
  void everyTermOfEveryFileInTheFilesOrderAndTheAskedLanguage() throws IOException {
    for (JsonNode file : files()) {
      String taxonomy = file.path("taxonomy").asText();
      JsonNode terms = file.path("terms");
      assertFalse(terms.isEmpty(), taxonomy);
      for (String language : List.of("nb", "nn", "en")) {
        JsonNode served = Http.json("api/taxonomies/" + taxonomy + "?language=" + language);
        assertEquals(
            each(terms, t -> t.path("code").asText()),
            each(served, t -> t.path("code").asText()),
            taxonomy + ": the codes in order");
        assertEquals(
            each(terms, t -> label(t, language)),
            each(served, t -> t.path("label").asText()),
            taxonomy + " in " + language);
      }
    }
  }

  @Test
  void aMunicipalityNamesItsCounty() throws IOException {
    JsonNode file =
        files().stream()
            .filter(f -> f.path("taxonomy").asText().equals("municipality"))
            .findFirst()
            .orElseThrow();
    JsonNode served = Http.json("api/taxonomies/municipality");
    assertEquals(file.path("terms").size(), served.size());
    assertEquals(
        each(file.path("terms"), t -> t.path("county").asText()),
        each(served, t -> t.path("parent").asText()));
    assertTrue(
        each(served, t -> t.path("parent").asText()).stream().allMatch(c -> c.matches("\\d\\d")),
        "every municipality lies in a county");
  }

  @Test
  void theSitesLanguageSwitchLeavesTheApiAlone() {
    var answer = Http.get("api/taxonomies/theme?lang=nn");
    assertEquals(200, answer.statusCode(), "not a redirect");
    assertTrue(answer.body().startsWith("["), answer.body());
  }

  @Test
  void anUnknownTaxonomyIsNotFound() {
    assertEquals(404, Http.get("api/taxonomies/no_such_thing").statusCode());
  }
}
