package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.boforum.content.ContentFormatException;
import no.boforum.content.FrontMatterDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged query set of {@code bench/relevance.py} (issue 16) is well formed and agrees with the
 * seed practices it grades: enough queries, every category covered, only real practices, grades 1
 * to 3, no query twice, and where a note says the grades come from a taxonomy code, a place or a
 * title, every practice with that code, place or title has grade 3.
 */
class RelevanceJudgementsTest {
  static final Path QUERIES = Path.of("bench", "relevance", "queries.json");
  static final Set<String> CATEGORIES =
      Set.of(
          "nb",
          "nn",
          "misspelling",
          "place",
          "everyday",
          "practice-name",
          "question",
          "english",
          "evidence");
  static final Pattern TAXONOMY_NOTE =
      Pattern.compile("^(target_groups|themes|funding|actor_types): ([a-z-]+) \\(3\\)");
  static final Pattern EVIDENCE_NOTE = Pattern.compile("^evidence_level ([a-z_]+) \\(3\\)");
  static final Pattern PLACE_NOTE = Pattern.compile("^places: (\\d{2}|\\d{4}) ");

  static JsonNode set;
  static Map<String, JsonNode> practices;

  @BeforeAll
  static void read() throws IOException, ContentFormatException {
    set = new ObjectMapper().readTree(QUERIES.toFile());
    practices = new HashMap<>();
    YAMLMapper yaml = new YAMLMapper();
    try (Stream<Path> files = Files.list(Path.of("content", "practices"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode fields = yaml.readTree(FrontMatterDocument.split(text).frontMatter());
        practices.put(fields.path("slug").asText(), fields);
      }
    }
  }

  static List<JsonNode> queries() {
    List<JsonNode> all = new ArrayList<>();
    set.path("queries").forEach(all::add);
    return all;
  }

  static Map<String, Integer> judged(JsonNode query) {
    Map<String, Integer> grades = new HashMap<>();
    query.path("judged").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
    return grades;
  }

  static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void holdsAtLeastSixtyQueriesInEveryCategory() {
    assertTrue(queries().size() >= 60, "only " + queries().size() + " queries");
    Set<String> named = new TreeSet<>();
    set.path("categories").fieldNames().forEachRemaining(named::add);
    assertEquals(new TreeSet<>(CATEGORIES), named, "the categories the file describes");
    Set<String> used = new TreeSet<>();
    for (JsonNode q : queries()) {
      String category = q.path("category").asText();
      assertTrue(CATEGORIES.contains(category), q.path("query") + ": category " + category);
      used.add(category);
    }
    assertEquals(new TreeSet<>(CATEGORIES), used, "categories with queries");
  }

  @Test
  void everyQueryIsThereOnceWithANoteAndSomethingRelevant() {
    Set<String> seen = new HashSet<>();
    for (JsonNode q : queries()) {
      String text = q.path("query").asText().strip();
      assertFalse(text.isEmpty(), "a query without words");
      String key = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      assertTrue(seen.add(key), "twice: " + text);
      assertFalse(q.path("note").asText().isBlank(), text + ": no note on where its grades come");
      assertTrue(
          judged(q).values().stream().anyMatch(g -> g >= 2),
          text + ": nothing judged relevant (grade 2 or 3)");
    }
  }

  @Test
  void judgesOnlySeedPracticesWithGradesOneToThree() {
    for (JsonNode q : queries()) {
      judged(q)
          .forEach(
              (slug, grade) -> {
                assertTrue(
                    practices.containsKey(slug),
                    q.path("query") + ": " + slug + " is no practice in content/practices");
                assertTrue(grade >= 1 && grade <= 3, q.path("query") + ": " + slug + " " + grade);
              });
    }
  }

  /** A note that says "target_groups: unge (3)" means every practice tagged unge has grade 3. */
  @Test
  void everyPracticeWithTheCodeANoteNamesHasGradeThree() {
    int checked = 0;
    for (JsonNode q : queries()) {
      String note = q.path("note").asText();
      Matcher taxonomy = TAXONOMY_NOTE.matcher(note);
      Matcher evidence = EVIDENCE_NOTE.matcher(note);
      Matcher place = PLACE_NOTE.matcher(note);
      for (Map.Entry<String, JsonNode> p : practices.entrySet()) {
        JsonNode fields = p.getValue();
        boolean tagged;
        if (taxonomy.find(0)) {
          tagged = texts(fields.path(taxonomy.group(1))).contains(taxonomy.group(2));
        } else if (evidence.find(0)) {
          tagged = fields.path("evidence_level").asText().equals(evidence.group(1));
        } else if (place.find(0)) {
          String code = place.group(1);
          tagged =
              texts(fields.path("places")).stream()
                  .anyMatch(c -> code.length() == 2 ? c.startsWith(code) : c.equals(code));
        } else {
          continue;
        }
        if (tagged) {
          checked++;
          assertEquals(
              3,
              judged(q).getOrDefault(p.getKey(), 0),
              q.path("query") + " (" + note + "): " + p.getKey());
        }
      }
    }
    assertTrue(checked >= 100, "the notes name codes for only " + checked + " gradings");
  }

  /** A query naming a practice gives grade 3 to the practice whose title starts so. */
  @Test
  void aPracticeNamedHasGradeThree() {
    for (JsonNode q : queries()) {
      if (!q.path("category").asText().equals("practice-name")) {
        continue;
      }
      String name = q.path("query").asText().toLowerCase(Locale.ROOT);
      List<String> titled =
          practices.entrySet().stream()
              .filter(
                  p ->
                      p.getValue().path("title").asText().toLowerCase(Locale.ROOT).startsWith(name))
              .map(Map.Entry::getKey)
              .toList();
      assertFalse(titled.isEmpty(), name + ": no practice has that title");
      titled.forEach(slug -> assertEquals(3, judged(q).getOrDefault(slug, 0), name + ": " + slug));
    }
  }
}
