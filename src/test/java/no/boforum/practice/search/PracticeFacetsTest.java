package no.boforum.practice.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.boforum.search.SearchFacet;
import org.junit.jupiter.api.Test;

class PracticeFacetsTest {
  @Test
  void theListedParametersAreTheFacetsInTheirOrder() {
    assertEquals(
        PracticeFacets.PARAMETERS,
        new PracticeFacets().all().stream().map(SearchFacet::parameter).toList());
  }

  @Test
  void evidenceValuesGoFromTheBestEvidenceDown() {
    SearchFacet evidence =
        new PracticeFacets()
            .all().stream().filter(f -> f.parameter().equals("evidence")).findFirst().orElseThrow();
    List<String> codes = new ArrayList<>(List.of("idea_pilot", "documented_effect", "described"));
    codes.sort(evidence.order());
    assertEquals("documented_effect", codes.get(0));
    assertEquals("idea_pilot", codes.get(2));
  }
}
