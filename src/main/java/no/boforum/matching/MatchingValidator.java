package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.boforum.platform.InputLists;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.TextFields;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TermCode;

/**
 * Checks a need or an offer: texts present and not too long, every code a term of its taxonomy,
 * every practice a published one, dates real dates, and an expiry date within a year. Problems are
 * named by field, with keys under {@code matching.}.
 */
@ApplicationScoped
public class MatchingValidator {
  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 20_000;
  static final int CAPACITY_MAX = 500;
  static final int EXPIRY_MAX_DAYS = 366;

  /** The most codes in each taxonomy list (target groups, themes, actor types...). */
  static final int MAX_CODES = 50;

  /** The most municipalities: every one fits. */
  static final int MAX_MUNICIPALITIES = 400;

  /** The most practices an offer builds on. */
  static final int MAX_PRACTICES = 20;

  @Inject Taxonomies taxonomies;
  @Inject PracticeRepository practices;

  /**
   * @param side the posting's side (needs and offers differ in a field or two)
   * @param previousExpiry the expiry date kept so far, or null for a new posting: an unchanged date
   *     may lie in the past (a closed posting is still edited)
   */
  PostingData.Valid validate(
      Side side, PostingData data, LocalDate today, LocalDate previousExpiry) {
    checkListLengths(data);
    String title = TextFields.required("matching", "title", data.title(), TITLE_MAX);
    String body = TextFields.required("matching", "body", data.body(), BODY_MAX);
    Set<TermCode> terms = new LinkedHashSet<>();
    codes(terms, "targetGroups", Taxonomies.TARGET_GROUP, data.targetGroups());
    codes(terms, "themes", Taxonomies.THEME, data.themes());
    codes(terms, "municipalities", Taxonomies.MUNICIPALITY, data.municipalities());
    String county = data.county() == null || data.county().isBlank() ? null : data.county().strip();
    codes(terms, "county", Taxonomies.COUNTY, county == null ? List.of() : List.of(county));
    if (county != null && !data.municipalities().isEmpty()) {
      throw new InputProblem("county", "matching.where.both");
    }
    LocalDate neededBy = null;
    String capacity = null;
    Set<Long> practiceIds = new HashSet<>();
    if (side == Side.NEED) {
      codes(terms, "actorTypes", Taxonomies.ACTOR_TYPE, data.actorTypes());
      codes(terms, "funding", Taxonomies.FUNDING, data.funding());
      codes(terms, "procurementRoutes", Taxonomies.PROCUREMENT_ROUTE, data.procurementRoutes());
      neededBy = date("neededBy", data.neededBy());
    } else {
      capacity = TextFields.optional("matching", "capacity", data.capacity(), CAPACITY_MAX);
      for (String slug : data.practices()) {
        practiceIds.add(
            practices
                .findBySlug(slug)
                .filter(p -> p.getState() == PracticeState.PUBLISHED)
                .map(Practice::getId)
                .orElseThrow(
                    () -> new InputProblem("practices", "matching.practice.unknown", slug)));
      }
    }
    LocalDate expiresOn = date("expiresOn", data.expiresOn());
    if (expiresOn == null) {
      throw new InputProblem("expiresOn", "matching.expiresOn.required");
    }
    if (!expiresOn.equals(previousExpiry)) {
      if (expiresOn.isBefore(today)) {
        throw new InputProblem("expiresOn", "matching.expiresOn.past");
      }
      if (expiresOn.isAfter(today.plusDays(EXPIRY_MAX_DAYS))) {
        throw new InputProblem("expiresOn", "matching.expiresOn.tooFar", EXPIRY_MAX_DAYS);
      }
    }
    return new PostingData.Valid(
        title, body, neededBy, capacity, expiresOn, Set.copyOf(terms), Set.copyOf(practiceIds));
  }

  /** Before anything is looked up: a list's length is the cheapest thing to check. */
  private static void checkListLengths(PostingData data) {
    InputLists.atMost("targetGroups", data.targetGroups(), MAX_CODES);
    InputLists.atMost("themes", data.themes(), MAX_CODES);
    InputLists.atMost("municipalities", data.municipalities(), MAX_MUNICIPALITIES);
    InputLists.atMost("actorTypes", data.actorTypes(), MAX_CODES);
    InputLists.atMost("funding", data.funding(), MAX_CODES);
    InputLists.atMost("procurementRoutes", data.procurementRoutes(), MAX_CODES);
    InputLists.atMost("practices", data.practices(), MAX_PRACTICES);
  }

  private void codes(Set<TermCode> into, String field, String taxonomy, List<String> codes) {
    for (String code : codes) {
      if (!taxonomies.exists(taxonomy, code)) {
        throw new InputProblem(field, "matching.code.unknown", code);
      }
      into.add(new TermCode(taxonomy, code));
    }
  }

  private static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InputProblem(field, "matching.date.invalid", raw.strip());
    }
  }

  /** The side named by a form or the API; refused by field when missing or unknown. */
  static Side side(String raw) {
    for (Side s : Side.values()) {
      if (s.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
        return s;
      }
    }
    throw new InputProblem("side", "matching.side.required");
  }
}
