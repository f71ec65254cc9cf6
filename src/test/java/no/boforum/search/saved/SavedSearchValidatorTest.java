package no.boforum.search.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import no.boforum.platform.InputProblem;
import no.boforum.practice.search.PracticeFacets;
import org.junit.jupiter.api.Test;

class SavedSearchValidatorTest {
  @Test
  void aSearchIsSavedInTheSearchPagesOwnFormWithoutPageOrUnknownParameters() {
    assertEquals(
        "q=bostedsl%C3%B8se+i+Bergen&theme=a&theme=b&county=46&sort=newest",
        queryString(
            "?page=3&utm_source=mail&county=46&sort=newest&theme=b&theme=a"
                + "&q=+bostedsl%C3%B8se%20i%20Bergen+"));
  }

  @Test
  void theSameSearchWrittenTwoWaysIsSavedAsOneString() {
    assertEquals(queryString("county=46&q=bolig"), queryString("q=bolig&page=2&county=46"));
  }

  @Test
  void anEmptySearchListsEveryPracticeAndMaySaved() {
    assertEquals("", queryString(null));
    assertEquals("", queryString("page=4&nonsense"));
  }

  @Test
  void brokenEncodingIsDroppedNotFatal() {
    assertEquals("q=bolig", queryString("theme=%zz&q=bolig"));
  }

  @Test
  void aSearchTooLongToStoreIsRefused() {
    StringBuilder many = new StringBuilder("q=x");
    for (int i = 0; i < 30; i++) {
      many.append("&theme=").append("t".repeat(60)).append(i);
    }
    InputProblem p = assertThrows(InputProblem.class, () -> queryString(many.toString()));
    assertEquals("queryString", p.field());
  }

  @Test
  void theNameIsRequiredAndAtMostAHundredCharacters() {
    assertEquals("name", assertThrows(InputProblem.class, () -> name("  ")).field());
    assertEquals("name", assertThrows(InputProblem.class, () -> name(null)).field());
    InputProblem tooLong = assertThrows(InputProblem.class, () -> name("x".repeat(101)));
    assertEquals("savedSearch.name.tooLong", tooLong.messageKey());
    assertEquals("x".repeat(100), name("x".repeat(100)));
  }

  @Test
  void theNameIsTrimmedAndKeepsNoControlCharacters() {
    assertEquals("Bolig  i Bergen", name("  Bolig\n\ti Bergen "));
  }

  private static String queryString(String raw) {
    return SavedSearchValidator.queryString(raw, PracticeFacets.PARAMETERS);
  }

  private static String name(String raw) {
    return SavedSearchValidator.name(raw);
  }
}
