package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.boforum.practice.search.PracticeFacets;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  static SearchQuery parse(Map<String, String[]> params) {
    return SearchQuery.fromParameters(params::get, 10, PracticeFacets.PARAMETERS);
  }

  @Test
  void anAddressGivesTheSameQueryBackInAStableOrder() {
    SearchQuery q =
        parse(
            Map.of(
                "q", new String[] {" bustadlaus "},
                "theme", new String[] {"b", "a", "a", " "},
                "county", new String[] {"46"},
                "sort", new String[] {"newest"},
                "page", new String[] {"3"},
                "unknown", new String[] {"x"}));
    assertEquals("bustadlaus", q.text());
    assertEquals(3, q.page());
    assertEquals(SearchSort.NEWEST, q.sort());
    assertEquals("q=bustadlaus&theme=a&theme=b&county=46&sort=newest&page=3", q.toQueryString());
    assertEquals(
        q,
        parse(
            Map.of(
                "q", new String[] {"bustadlaus"},
                "county", new String[] {"46"},
                "theme", new String[] {"a", "b"},
                "sort", new String[] {"newest"},
                "page", new String[] {"3"})),
        "equal queries, whatever the order of the address");
  }

  @Test
  void togglingAValueAddsOrRemovesItAndGoesBackToPageOne() {
    SearchQuery q = parse(Map.of("theme", new String[] {"a"}, "page", new String[] {"4"}));
    SearchQuery more = q.toggle("theme", "b");
    assertEquals("theme=a&theme=b", more.toQueryString());
    assertEquals("theme=b", more.toggle("theme", "a").toQueryString());
    assertFalse(more.toggle("theme", "a").toggle("theme", "b").isFiltered());
  }

  @Test
  void nonsenseInTheAddressMeansTheDefaults() {
    SearchQuery q = parse(Map.of("page", new String[] {"tre"}, "sort", new String[] {"beste"}));
    assertEquals(1, q.page());
    assertEquals(SearchSort.RELEVANCE, q.sort());
    assertEquals("", q.toQueryString());
    assertEquals(
        SearchQuery.MAX_RESULT_WINDOW / 10,
        parse(Map.of("page", new String[] {"999999"})).page(),
        "no deeper than the index pages");
    assertTrue(new SearchQuery("x".repeat(500), 1, 10).text().length() <= 200);
  }

  @Test
  void exactlyAsTypedIsKeptThroughPagesOrdersAndFiltersButNotANewText() {
    SearchQuery q =
        parse(
            Map.of(
                "q", new String[] {"bostedslose"},
                "exact", new String[] {"1"},
                "theme", new String[] {"a"},
                "page", new String[] {"2"}));
    assertTrue(q.exact());
    assertFalse(q.mayBeCorrected());
    assertEquals("q=bostedslose&exact=1&theme=a&page=2", q.toQueryString());
    assertEquals(
        q,
        parse(
            Map.of(
                "q",
                new String[] {"bostedslose"},
                "exact",
                new String[] {"true"},
                "theme",
                new String[] {"a"},
                "page",
                new String[] {"2"})));
    assertTrue(q.withPage(3).exact() && q.withSort(SearchSort.NEWEST).exact());
    assertTrue(q.toggle("theme", "b").exact() && q.withoutFilters().exact());
    assertFalse(q.withText("bostedsløse").exact(), "a new text may be corrected again");
    assertTrue(parse(Map.of("q", new String[] {"bostedslose"})).exactly().exact());
  }

  @Test
  void exactMeansNothingWithoutATextOrWhenNotSaidPlainly() {
    assertEquals("", parse(Map.of("exact", new String[] {"1"})).toQueryString());
    for (String nonsense : new String[] {"0", "ja", "", "<b>1</b>"}) {
      SearchQuery q = parse(Map.of("q", new String[] {"x"}, "exact", new String[] {nonsense}));
      assertFalse(q.exact(), nonsense);
      assertTrue(q.mayBeCorrected(), nonsense);
    }
  }

  @Test
  void aSavedSearchsAlertIsNeverCorrected() {
    SearchQuery q = parse(Map.of("q", new String[] {"bostedslose"}));
    assertTrue(q.mayBeCorrected());
    java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 12, 3, 3, 0);
    assertFalse(q.publishedBetween(now.minusDays(1), now).mayBeCorrected());
  }
}
