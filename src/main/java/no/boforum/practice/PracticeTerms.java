package no.boforum.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TermCode;

/** Turns the record's code lists into {@link TermCode} rows, one taxonomy name per list. */
final class PracticeTerms {
  /** Places are county or municipality codes; the length of the code tells which. */
  static final String PLACE = "place";

  private PracticeTerms() {}

  static List<TermCode> of(PracticeData data) {
    Map<String, List<String>> lists =
        Map.of(
            Taxonomies.ACTOR_TYPE,
            data.actorTypes(),
            Taxonomies.VOLUNTARY_ROLE,
            data.voluntaryRoles(),
            Taxonomies.TARGET_GROUP,
            data.targetGroups(),
            Taxonomies.THEME,
            data.themes(),
            Taxonomies.FUNDING,
            data.funding(),
            PLACE,
            data.places());
    List<TermCode> terms = new ArrayList<>();
    lists.forEach((taxonomy, codes) -> codes.forEach(c -> terms.add(new TermCode(taxonomy, c))));
    return terms;
  }
}
