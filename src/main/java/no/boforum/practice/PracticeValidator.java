package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.EmailAddresses;
import no.boforum.platform.text.TextFields;
import no.boforum.platform.text.WebAddresses;
import no.boforum.practice.PracticeData.Contact;
import no.boforum.practice.PracticeData.Link;
import no.boforum.taxonomy.Taxonomies;

/**
 * Checks a practice's facts against the rules and the taxonomies, and tidies them (trimmed text, no
 * duplicate codes). The first problem found is thrown as an {@link InputProblem} naming the field,
 * so that the form can show it beside what the user typed.
 */
@ApplicationScoped
public class PracticeValidator {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 300;
  public static final int MAX_TEXT = 100_000;
  public static final int MAX_LINKS = 10;

  /** The most partner organisations a practice names. */
  public static final int MAX_PARTNERS = 50;

  /** The most codes in each taxonomy list (actor types, roles, groups, themes, funding). */
  public static final int MAX_CODES = 50;

  /** The most places: every county and municipality fits. */
  public static final int MAX_PLACES = 400;

  static final int MAX_LINK_LABEL = 200;
  static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

  @Inject Taxonomies taxonomies;

  public PracticeData validate(PracticeData d) {
    if (d.ownerOrganisationId() == null) {
      throw new InputProblem("owner", "practice.ownerRequired");
    }
    return tidy(d, true);
  }

  /**
   * Seed content may leave the owner and the place unknown, where the sources do not say who runs
   * it or where.
   */
  public PracticeData validateImported(PracticeData d) {
    return tidy(d, false);
  }

  private PracticeData tidy(PracticeData d, boolean placeRequired) {
    String title = required("title", d.title(), MAX_TITLE);
    String summary = required("summary", d.summary(), MAX_SUMMARY);
    String body = required("body", d.body(), MAX_TEXT);
    if (d.language() == null || !LANGUAGES.contains(d.language())) {
      throw new InputProblem("language", "practice.languageRequired");
    }
    List<Long> partners =
        d.partnerOrganisationIds().stream()
            .distinct()
            .filter(id -> !id.equals(d.ownerOrganisationId()))
            .toList();
    List<String> places = places(d.places());
    if (d.national() && !places.isEmpty() || placeRequired && !d.national() && places.isEmpty()) {
      throw new InputProblem("places", "practice.placeRequired");
    }
    if (d.activityStatus() == null) {
      throw new InputProblem("activityStatus", "practice.activityStatusRequired");
    }
    if (d.endedOn() != null && d.activityStatus() != ActivityStatus.ENDED) {
      throw new InputProblem("endedOn", "practice.endOnlyWhenEnded");
    }
    if (d.startedOn() != null && d.endedOn() != null && d.endedOn().isBefore(d.startedOn())) {
      throw new InputProblem("endedOn", "practice.endBeforeStart");
    }
    if (d.evidenceLevel() == null) {
      throw new InputProblem("evidenceLevel", "practice.evidenceLevelRequired");
    }
    if (d.evaluationPlanned() != null && d.evidenceLevel() != EvidenceLevel.IDEA_PILOT) {
      throw new InputProblem("evaluationPlanned", "practice.evaluationOnlyForPilots");
    }
    String route = optional("procurementRoute", d.procurementRoute(), 60);
    if (route != null && !taxonomies.exists(Taxonomies.PROCUREMENT_ROUTE, route)) {
      throw new InputProblem("procurementRoute", "practice.codeUnknown", route);
    }
    return new PracticeData(
        title,
        summary,
        body,
        d.language(),
        d.ownerOrganisationId(),
        partners,
        codes("actorTypes", Taxonomies.ACTOR_TYPE, d.actorTypes()),
        codes("voluntaryRoles", Taxonomies.VOLUNTARY_ROLE, d.voluntaryRoles()),
        codes("targetGroups", Taxonomies.TARGET_GROUP, d.targetGroups()),
        codes("themes", Taxonomies.THEME, d.themes()),
        places,
        d.national(),
        d.startedOn(),
        d.endedOn(),
        d.activityStatus(),
        d.evidenceLevel(),
        optional("evidenceNote", d.evidenceNote(), MAX_TEXT),
        d.evaluationPlanned(),
        d.nordicEvidence(),
        codes("funding", Taxonomies.FUNDING, d.funding()),
        route,
        optional("outcomes", d.outcomes(), MAX_TEXT),
        contact(d.contact()),
        links(d.links()),
        d.illustrative());
  }

  private List<String> codes(String field, String taxonomy, List<String> codes) {
    Set<String> unique = new LinkedHashSet<>();
    for (String code : codes) {
      if (code == null || !taxonomies.exists(taxonomy, code)) {
        throw new InputProblem(field, "practice.codeUnknown", String.valueOf(code));
      }
      unique.add(code);
    }
    return List.copyOf(unique);
  }

  /** County codes have two digits, municipality codes four. */
  private List<String> places(List<String> codes) {
    Set<String> unique = new LinkedHashSet<>();
    for (String code : codes) {
      String taxonomy =
          code != null && code.length() == 2 ? Taxonomies.COUNTY : Taxonomies.MUNICIPALITY;
      if (code == null || !taxonomies.exists(taxonomy, code)) {
        throw new InputProblem("places", "practice.placeUnknown", String.valueOf(code));
      }
      unique.add(code);
    }
    return List.copyOf(unique);
  }

  private static Contact contact(Contact c) {
    String email = optional("contactEmail", c.email(), 254);
    if (email != null) {
      try {
        email = EmailAddresses.require(email);
      } catch (InputProblem e) {
        throw new InputProblem("contactEmail", "practice.contactEmailInvalid");
      }
    }
    return new Contact(
        optional("contactName", c.name(), 200),
        optional("contactRole", c.role(), 200),
        email,
        optional("contactPhone", c.phone(), 40));
  }

  private static List<Link> links(List<Link> links) {
    List<Link> tidy = new ArrayList<>();
    for (Link link : links) {
      String url = link.url() == null ? "" : link.url().strip();
      String label = link.label() == null ? "" : link.label().strip();
      if (url.isEmpty() && label.isEmpty()) {
        continue;
      }
      if (!WebAddresses.isWebAddress(url)) {
        throw new InputProblem("links", "practice.linkInvalid", url);
      }
      String shown = label.isEmpty() ? url : label;
      tidy.add(new Link(url, shown.substring(0, Math.min(MAX_LINK_LABEL, shown.length()))));
    }
    if (tidy.size() > MAX_LINKS) {
      throw new InputProblem("links", "practice.tooManyLinks", MAX_LINKS);
    }
    return tidy;
  }

  private static String required(String field, String value, int max) {
    return TextFields.required("practice", field, value, max);
  }

  private static String optional(String field, String value, int max) {
    return TextFields.optional("practice", field, value, max);
  }
}
