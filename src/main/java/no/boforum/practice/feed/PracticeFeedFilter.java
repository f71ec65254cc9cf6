package no.boforum.practice.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.opendata.feed.FeedProblem;
import no.boforum.opendata.feed.FeedQuery;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeFilter;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/**
 * Reads the feed's filter, the parameters of {@code GET /api/practices}, strictly: an unknown code
 * is refused with a sentence that names it, where the list would only come out empty. It also gives
 * the labels for the feed's title and the catalogue page with the same filter.
 */
@ApplicationScoped
public class PracticeFeedFilter {
  /** A parameter naming a term of a taxonomy, with the page's parameter of the same name. */
  static final Map<String, String> TERMS =
      Map.of(
          "theme", Taxonomies.THEME,
          "targetGroup", Taxonomies.TARGET_GROUP,
          "actorType", Taxonomies.ACTOR_TYPE,
          "voluntaryRole", Taxonomies.VOLUNTARY_ROLE,
          "funding", Taxonomies.FUNDING,
          "county", Taxonomies.COUNTY);

  static final List<String> PARAMETERS =
      List.of(
          "theme",
          "targetGroup",
          "actorType",
          "voluntaryRole",
          "funding",
          "county",
          "evidenceLevel",
          "status",
          "language");

  /**
   * A filter read from the feed's address.
   *
   * @param labels the chosen values by their names, for the title
   * @param page the catalogue page with the same filter, relative to the portal's root
   */
  public record Chosen(PracticeFilter filter, List<String> labels, String page) {}

  @Inject Taxonomies taxonomies;

  /**
   * @throws FeedProblem for a code that no taxonomy, evidence level, status or language has
   */
  public Chosen read(FeedQuery query) {
    Locale locale = query.locale();
    Map<String, String> terms = new LinkedHashMap<>();
    Map<String, String> page = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (String parameter : PARAMETERS) {
      String code = query.get(parameter);
      if (code == null || !TERMS.containsKey(parameter)) {
        continue;
      }
      Term term =
          taxonomies
              .find(TERMS.get(parameter), code, query.language())
              .orElseThrow(() -> unknown(locale, parameter, code));
      if (!parameter.equals("county")) {
        terms.put(TERMS.get(parameter), code);
      }
      labels.add(term.label());
      page.put(parameter, code);
    }
    EvidenceLevel level = null;
    if (query.get("evidenceLevel") != null) {
      level = evidence(locale, query.get("evidenceLevel"));
      labels.add(Messages.format(locale, "evidence." + level.code()));
      page.put("evidence", level.code());
    }
    ActivityStatus status = null;
    if (query.get("status") != null) {
      status = status(locale, query.get("status"));
      labels.add(Messages.format(locale, "practice.status." + status.name()));
      page.put("status", status.name());
    }
    String language = query.get("language");
    if (language != null) {
      if (!Language.SUPPORTED.contains(language)) {
        throw unknown(locale, "language", language);
      }
      labels.add(Messages.format(locale, "content.lang." + language));
      page.put("language", language);
    }
    PracticeFilter filter = new PracticeFilter(terms, query.get("county"), level, status, language);
    return new Chosen(filter, labels, FeedQuery.address("practices", page));
  }

  private static EvidenceLevel evidence(Locale locale, String code) {
    try {
      return EvidenceLevel.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw unknown(locale, "evidenceLevel", code);
    }
  }

  private static ActivityStatus status(Locale locale, String code) {
    try {
      return ActivityStatus.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw unknown(locale, "status", code);
    }
  }

  private static FeedProblem unknown(Locale locale, String parameter, String code) {
    return FeedProblem.badRequest(Messages.format(locale, "feed.error.code", parameter, code));
  }
}
