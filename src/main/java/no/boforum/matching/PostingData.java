package no.boforum.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.boforum.taxonomy.TermCode;

/**
 * A need or an offer as a form or the API sends it: texts as typed, codes of the taxonomies, the
 * organisation and the practices by slug, dates as {@code yyyy-mm-dd}. The side and the
 * organisation count only when it is posted. {@link MatchingValidator} makes it {@link Valid}.
 */
public record PostingData(
    String side,
    String organisation,
    String title,
    String body,
    List<String> targetGroups,
    List<String> themes,
    List<String> municipalities,
    String county,
    String neededBy,
    List<String> actorTypes,
    List<String> funding,
    List<String> procurementRoutes,
    String capacity,
    List<String> practices,
    String expiresOn) {

  public PostingData {
    targetGroups = copy(targetGroups);
    themes = copy(themes);
    municipalities = copy(municipalities);
    actorTypes = copy(actorTypes);
    funding = copy(funding);
    procurementRoutes = copy(procurementRoutes);
    practices = copy(practices);
  }

  private static List<String> copy(List<String> codes) {
    return codes == null
        ? List.of()
        : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
  }

  /** Checked facts, ready for a {@link Posting}. */
  record Valid(
      String title,
      String body,
      LocalDate neededBy,
      String capacity,
      LocalDate expiresOn,
      Set<TermCode> terms,
      Set<Long> practiceIds) {}
}
