package no.boforum.matching.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingState;
import no.boforum.matching.Side;
import no.boforum.matching.SuggestedMatch.Reason;
import no.boforum.search.FittingDocuments;
import no.boforum.search.FittingDocuments.Clause;
import org.junit.jupiter.api.Test;

class SuggestedMatchesTest {
  @Test
  void aNeedInBergenIsNearestToBergenThenVestlandThenTheWholeCountry() {
    List<Clause> near = SuggestedMatches.nearness(need(List.of("4601"), List.of("46")));
    assertEquals(
        List.of("SAME_MUNICIPALITY:4601", "SAME_COUNTY:46", "NATIONAL", "ACTOR_TYPE:ngo"),
        near.stream().map(Clause::name).toList());
    assertEquals(List.of(3f, 2f, 1f, 1f), near.stream().map(Clause::weight).toList());
  }

  @Test
  void aNeedForTheWholeCountryIsAsNearToEverything() {
    List<Clause> near = SuggestedMatches.nearness(need(List.of(), List.of()));
    assertEquals(List.of("ACTOR_TYPE:ngo"), near.stream().map(Clause::name).toList());
  }

  @Test
  void reasonsAreToldInOrderAndTheSameMunicipalitySaysTheSameCounty() {
    FittingDocuments.Fit fit =
        new FittingDocuments.Fit(
            "1",
            "matching/1",
            "t",
            "s",
            12,
            List.of("SAME_COUNTY:46", FittingDocuments.TEXT, "SAME_MUNICIPALITY:4601", "THEME:x"));
    assertEquals(
        List.of(
            new Reason(Reason.Kind.THEME, "x"),
            new Reason(Reason.Kind.SAME_MUNICIPALITY, "4601"),
            new Reason(Reason.Kind.SIMILAR_TEXT, null)),
        SuggestedMatches.reasons(fit));
  }

  private static PostingDetails need(List<String> municipalities, List<String> counties) {
    return new PostingDetails(
        1,
        "matching/1",
        Side.NEED,
        PostingState.OPEN,
        "Behov",
        "Tekst",
        null,
        "kommune",
        List.of("flyktninger"),
        List.of("bomestring"),
        municipalities,
        null,
        counties,
        LocalDate.now(),
        List.of("ngo"),
        List.of(),
        List.of(),
        null,
        List.of(),
        LocalDate.now(),
        LocalDateTime.now(),
        LocalDateTime.now(),
        0,
        LocalDateTime.now(),
        LocalDate.now(),
        null,
        null);
  }
}
