package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchCorrectionTest {
  @Test
  void nothingFoundIsCorrectedWhenTheCorrectionFindsAnything() {
    assertTrue(SearchCorrection.worthShowing(0, 1));
    assertFalse(
        SearchCorrection.worthShowing(0, 0), "a correction that finds nothing helps no one");
  }

  @Test
  void almostNothingIsCorrectedOnlyByAWideMargin() {
    assertTrue(SearchCorrection.worthShowing(1, 10));
    assertFalse(SearchCorrection.worthShowing(1, 9));
    assertTrue(SearchCorrection.worthShowing(2, 20));
    assertFalse(SearchCorrection.worthShowing(2, 19));
    assertFalse(SearchCorrection.worthShowing(3, 1000), "three hits are something");
  }

  @Test
  void aCorrectionIsAskedForOnlyWhenTheTextMayBeCorrectedAndFindsAlmostNothing() {
    SearchQuery typed = new SearchQuery("bostedslose", 1, 10);
    assertTrue(SearchCorrection.worthAsking(typed, 2));
    assertFalse(SearchCorrection.worthAsking(typed, 3));
    assertFalse(SearchCorrection.worthAsking(typed.exactly(), 0));
    assertFalse(SearchCorrection.worthAsking(new SearchQuery("", 1, 10), 0));
  }
}
