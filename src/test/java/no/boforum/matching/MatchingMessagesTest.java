package no.boforum.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The keys the pages of needs and offers build from their data exist in every language. */
class MatchingMessagesTest {
  @Test
  void keysBuiltFromDataExist() {
    Set<String> needed = new TreeSet<>();
    for (Side side : Side.values()) {
      needed.add("matching.side." + side);
      needed.add("matching.new." + side);
      needed.add("matching.edit." + side);
      needed.add("matching.form.intro." + side);
      needed.add("matching.field.title." + side);
      needed.add("matching.field.body." + side);
    }
    for (PostingState state : PostingState.values()) {
      needed.add("matching.state." + state);
      for (PostingState next : state.movesTo()) {
        needed.add("matching.move." + next);
        needed.add("matching.moved." + next);
      }
    }
    needed.add("matching.confirm." + PostingState.WITHDRAWN);
    for (PostingFilter.Sort sort : PostingFilter.Sort.values()) {
      needed.add("matching.sort." + sort);
    }
    for (String facet : Set.of("side", "targetGroup", "theme", "county", "actorType", "state")) {
      needed.add("facet." + facet);
    }
    needed.add("search.kind." + MatchingChanges.KIND);
    needed.add("nav.matching");
    for (String language : Set.of("nb", "nn", "en")) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("no.boforum.i18n.messages", Locale.forLanguageTag(language));
      Set<String> missing = new TreeSet<>(needed);
      missing.removeAll(bundle.keySet());
      assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }
  }
}
