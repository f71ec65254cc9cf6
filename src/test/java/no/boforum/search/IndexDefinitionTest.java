package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {
  static final String PRACTICES = "/no/boforum/practice/search/practices-v5.json";

  @Test
  void putsTheSynonymsIntoBothLanguageFilters() throws Exception {
    List<String> synonyms = List.of("bostedsløs, bustadlaus, hjemløs", "bolig, bustad");
    JsonNode index = IndexDefinition.merged(PRACTICES, synonyms, List.of());
    for (String filter : List.of("nb_synonyms", "nn_synonyms")) {
      JsonNode list = index.at("/settings/analysis/filter/" + filter + "/synonyms");
      assertEquals(2, list.size(), filter);
      assertEquals("bostedsløs, bustadlaus, hjemløs", list.get(0).asText());
    }
    assertTrue(index.at("/mappings/properties/title/fields/nn").isObject());
  }

  @Test
  void putsTheCompoundPartsIntoTheDecompounderOfBothWrittenForms() throws Exception {
    List<String> parts = IndexDefinition.words(List.of("bolig, bustad", "Rådgiver rettleiar"));
    assertEquals(List.of("bolig", "bustad", "rådgiver", "rettleiar"), parts);
    JsonNode index = IndexDefinition.merged(PRACTICES, List.of(), parts);
    assertEquals(4, index.at("/settings/analysis/filter/compounds/word_list").size());
    for (String analyzer : List.of("nb_text", "nn_text")) {
      List<String> filters = new ArrayList<>();
      index
          .at("/settings/analysis/analyzer/" + analyzer + "/filter")
          .forEach(f -> filters.add(f.asText()));
      assertTrue(
          filters.indexOf("compounds") > filters.indexOf(analyzer.substring(0, 2) + "_synonyms"),
          "synonyms see whole words, before they are split: " + filters);
    }
  }

  @Test
  void theContentFolderHasCompoundPartsAndSynonyms() throws Exception {
    // The content folder travels inside the WAR; here it is read where it lies.
    List<String> parts = Files.readAllLines(Path.of(IndexDefinition.COMPOUND_PARTS));
    assertTrue(
        IndexDefinition.words(parts.stream().filter(l -> !l.startsWith("#")).toList()).size() > 50);
    long synonyms =
        Files.readAllLines(Path.of(IndexDefinition.SYNONYMS)).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .count();
    assertTrue(synonyms > 50, synonyms + " synonym sets");
  }

  @Test
  void aKindsOwnSettingsAreAddedToTheSharedOnesAndOverrideThem() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var into =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree("{\"settings\":{\"number_of_shards\":1,\"analysis\":{\"a\":1}}}");
    IndexDefinition.merge(
        into, json.readTree("{\"settings\":{\"number_of_shards\":2,\"analysis\":{\"b\":2}}}"));
    assertEquals(
        json.readTree("{\"settings\":{\"number_of_shards\":2,\"analysis\":{\"a\":1,\"b\":2}}}"),
        into);
  }
}
