package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchInsightTest {
  @Test
  void countsTheWordsInOneForm() {
    assertEquals("bustadlaus leigetakar", SearchInsight.normalise("  Bustadlaus \t LEIGETAKAR "));
    assertEquals(200, SearchInsight.normalise("x".repeat(500)).length());
  }

  @Test
  void keepsNothingThatLooksPersonal() {
    assertNull(SearchInsight.normalise("kari.nordmann@example.org"));
    assertNull(SearchInsight.normalise("ring 91234567"));
    assertNull(SearchInsight.normalise("01017012345 bolig"));
    assertNull(SearchInsight.normalise("   "));
    assertEquals("tiltak 2024", SearchInsight.normalise("Tiltak 2024"), "a year is not personal");
  }
}
