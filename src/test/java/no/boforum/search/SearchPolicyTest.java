package no.boforum.search;

import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search's rule table: saved searches for everyone logged in, the index for its area. */
class SearchPolicyTest {
  @Test
  void everyCallerAgainstEveryAction() {
    Map<SearchAction, String> table = new EnumMap<>(SearchAction.class);
    //                                              anon user memb edit oadm mod host admin
    table.put(SearchAction.KEEP_SAVED_SEARCHES, "N A A A A A A A");
    table.put(SearchAction.ADMINISTER_INDEX, "N F F F F F F A");
    assertEquals(Set.of(SearchAction.values()), table.keySet(), "every action is in the table");
    assertTable(List.of(new SearchPolicy()), table, null);
  }
}
