package no.boforum.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.boforum.taxonomy.Taxonomies;

/** Turns the record's code lists into {@link PracticeTerm} rows, one taxonomy name per list. */
final class PracticeTerms {
  /** Places are county or municipality codes; the length of the code tells which. */
  static final String PLACE = "place";

  private PracticeTerms() {}

  static List<PracticeTerm> of(PracticeData data) {
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
    List<PracticeTerm> terms = new ArrayList<>();
    lists.forEach(
        (taxonomy, codes) -> codes.forEach(c -> terms.add(new PracticeTerm(taxonomy, c))));
    return terms;
  }
}
