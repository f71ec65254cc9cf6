package no.boforum.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.Optional;
import no.boforum.platform.InputProblem;
import org.junit.jupiter.api.Test;

class HarvestTest {
  @Test
  void noParameterMeansEverything() {
    assertEquals(Optional.empty(), Harvest.changedSince(null));
    assertEquals(Optional.empty(), Harvest.changedSince("  "));
  }

  @Test
  void instantsAreReadInTheirZoneAndKeptInUtc() {
    assertEquals(
        Optional.of(LocalDateTime.of(2026, 3, 1, 12, 0)),
        Harvest.changedSince("2026-03-01T12:00:00Z"));
    assertEquals(
        Optional.of(LocalDateTime.of(2026, 3, 1, 12, 0, 0, 123_456_000)),
        Harvest.changedSince("2026-03-01T13:00:00.123456+01:00"));
  }

  @Test
  void anUnescapedPlusOfAnOffsetStillCounts() {
    assertEquals(
        Optional.of(LocalDateTime.of(2026, 6, 1, 10, 0)),
        Harvest.changedSince("2026-06-01T12:00:00 02:00"));
  }

  @Test
  void aDateIsMidnightInOslo() {
    assertEquals(
        Optional.of(LocalDateTime.of(2026, 2, 28, 23, 0)), Harvest.changedSince("2026-03-01"));
    assertEquals(
        Optional.of(LocalDateTime.of(2026, 6, 30, 22, 0)), Harvest.changedSince("2026-07-01"));
  }

  @Test
  void anythingElseIsAnInputProblemOfTheParameter() {
    for (String bad :
        new String[] {"yesterday", "2026-03-01T12:00:00", "2026-13-01", "1700000000", "2026-3-1"}) {
      InputProblem problem = assertThrows(InputProblem.class, () -> Harvest.changedSince(bad), bad);
      assertEquals("changedSince", problem.field());
      assertEquals("opendata.catalog.changedSince.invalid", problem.messageKey());
      assertEquals(bad, problem.arguments()[0]);
    }
  }
}
