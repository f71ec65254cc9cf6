package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.boforum.testsupport.Http;
import org.junit.jupiter.api.Test;

/** The taxonomies seeded from content/taxonomy, as the API serves them. */
class TaxonomyApiIT {
  private static List<String> labels(JsonNode terms) {
    List<String> labels = new ArrayList<>();
    terms.forEach(t -> labels.add(t.path("label").asText()));
    return labels;
  }

  @Test
  void theRegisterOf2024HasFifteenCountiesAnd357Municipalities() {
    JsonNode counties = Http.json("api/taxonomies/county");
    assertEquals(15, counties.size());
    JsonNode municipalities = Http.json("api/taxonomies/municipality");
    assertEquals(357, municipalities.size());
    JsonNode bergen = null;
    for (JsonNode m : municipalities) {
      if (m.path("code").asText().equals("4601")) {
        bergen = m;
      }
    }
    assertEquals("Bergen", bergen.path("label").asText());
    assertEquals("46", bergen.path("parent").asText(), "Bergen lies in Vestland");
  }

  @Test
  void termsComeInOrderAndInTheAskedLanguage() {
    List<String> nb = labels(Http.json("api/taxonomies/target_group"));
    List<String> nn = labels(Http.json("api/taxonomies/target_group?language=nn"));
    assertEquals("Bostedsløse", nb.get(0));
    assertEquals("Bustadlause", nn.get(0));
    assertEquals(9, nb.size());
    assertTrue(labels(Http.json("api/taxonomies/theme?language=en")).contains("Housing First"));
    assertEquals(5, Http.json("api/taxonomies/procurement_route").size());
    assertEquals(3, Http.json("api/taxonomies/voluntary_role").size());
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
