package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {
  static final String PRACTICES = "/no/boforum/practice/search/practices-v4.json";

  @Test
  void putsTheSynonymsIntoBothLanguageFilters() throws Exception {
    List<String> synonyms = List.of("bostedsløs, bustadlaus, hjemløs", "bolig, bustad");
    JsonNode index = IndexDefinition.merged(PRACTICES, synonyms);
    for (String filter : List.of("nb_synonyms", "nn_synonyms")) {
      JsonNode list = index.at("/settings/analysis/filter/" + filter + "/synonyms");
      assertEquals(2, list.size(), filter);
      assertEquals("bostedsløs, bustadlaus, hjemløs", list.get(0).asText());
    }
    assertTrue(index.at("/mappings/properties/title/fields/nn").isObject());
  }

  /**
   * The shared part and the practice kind's file together are exactly the single mapping file of
   * before the split, so the practice index needs no rebuild and analyses as it did.
   */
  @Test
  void theSharedPartAndThePracticeFileMakeTheMappingOfBeforeTheSplit() throws Exception {
    JsonNode before;
    try (InputStream in = getClass().getResourceAsStream("/practices-v4-before-split.json")) {
      before = new ObjectMapper().readTree(in);
    }
    assertEquals(before, IndexDefinition.merged(PRACTICES, List.of()));
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
