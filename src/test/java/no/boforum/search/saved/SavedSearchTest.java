package no.boforum.search.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import no.boforum.practice.search.PracticeFacets;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchSort;
import org.junit.jupiter.api.Test;

/** Which saved searches a run looks at, and how far each has been looked at. */
class SavedSearchTest {
  static final Duration DAY = Duration.ofHours(24);
  static final LocalDateTime SAVED = LocalDateTime.of(2026, 3, 2, 10, 0);

  private final SavedSearch search = new SavedSearch(7, "Bolig", "q=bolig&county=46", SAVED);

  @Test
  void aNewSearchIsDueAtTheNextRunAfterSaving() {
    assertTrue(search.isDue(SAVED.plusHours(22), DAY));
    assertFalse(search.isDue(SAVED, DAY), "nothing can be new yet");
  }

  @Test
  void afterAMailTheSearchWaitsADayEvenIfTheServerRestarts() {
    LocalDateTime run = SAVED.plusHours(22);
    search.checked(run, run);
    assertFalse(search.isDue(run.plusHours(3), DAY), "a restart three hours later");
    assertTrue(search.isDue(run.plus(DAY), DAY), "the next daily run");
  }

  @Test
  void withoutAMailTheSearchIsLookedAtAgainAtAnyLaterRun() {
    LocalDateTime run = SAVED.plusHours(22);
    search.checked(run, null);
    assertTrue(search.isDue(run.plusHours(3), DAY));
    assertEquals(run, search.getCheckedAt());
  }

  @Test
  void theCheckpointNeverMovesBack() {
    search.checked(SAVED.minusMinutes(5), null);
    assertEquals(SAVED, search.getCheckedAt());
  }

  @Test
  void aSearchWithItsAlertOffIsNeverDue() {
    search.setAlert(false, SAVED);
    assertFalse(search.isDue(SAVED.plusDays(3), DAY));
  }

  @Test
  void turningTheAlertOnAgainCountsOnlyWhatIsPublishedFromThen() {
    search.setAlert(false, SAVED.plusDays(1));
    search.setAlert(true, SAVED.plusDays(30));
    assertEquals(SAVED.plusDays(30), search.getCheckedAt());
    search.setAlert(true, SAVED.plusDays(31));
    assertEquals(SAVED.plusDays(30), search.getCheckedAt(), "on already: unchanged");
  }

  @Test
  void theAlertSearchesTheSavedFiltersNewestFirstSinceTheLastLook() {
    SearchQuery query =
        SavedSearchAlerts.query(search, SAVED.plusDays(1), PracticeFacets.PARAMETERS);
    assertEquals("bolig", query.text());
    assertEquals(java.util.Set.of("46"), query.chosen("county"));
    assertEquals(SearchSort.NEWEST, query.sort());
    assertEquals(SAVED, query.publishedAfter());
    assertEquals(SAVED.plusDays(1), query.publishedUpTo());
    assertEquals(SavedSearchAlerts.LISTED, query.pageSize());
    assertEquals(1, query.page());
  }
}
