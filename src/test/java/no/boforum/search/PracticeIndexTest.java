package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeIndexTest {
  @Test
  void putsTheSynonymsIntoBothLanguageFilters() throws Exception {
    List<String> synonyms = List.of("bostedsløs, bustadlaus, hjemløs", "bolig, bustad");
    JsonNode index = new ObjectMapper().readTree(PracticeIndex.definition(synonyms));
    for (String filter : List.of("nb_synonyms", "nn_synonyms")) {
      JsonNode list = index.at("/settings/analysis/filter/" + filter + "/synonyms");
      assertEquals(2, list.size(), filter);
      assertEquals("bostedsløs, bustadlaus, hjemløs", list.get(0).asText());
    }
    assertTrue(index.at("/mappings/properties/title/fields/nn").isObject());
  }
}
