package no.boforum.practice.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputLists;
import no.boforum.platform.InputProblem;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeValidator;

/**
 * A practice as the API receives it: organisations by slug, codes from the taxonomies ({@code GET
 * /api/taxonomies/{name}}), {@code version} from the last read for a change.
 */
public record PracticeInput(
    String title,
    String summary,
    String body,
    String language,
    String owner,
    List<String> partners,
    List<String> actorTypes,
    List<String> voluntaryRoles,
    List<String> targetGroups,
    List<String> themes,
    List<String> places,
    Boolean national,
    LocalDate startedOn,
    LocalDate endedOn,
    String activityStatus,
    String evidenceLevel,
    String evidenceNote,
    LocalDate evaluationPlanned,
    Boolean nordicEvidence,
    List<String> funding,
    String procurementRoute,
    String outcomes,
    PracticeData.Contact contact,
    List<PracticeData.Link> links,
    String note,
    Long version) {

  PracticeData toData(OrganisationService organisations) {
    checkListLengths();
    return new PracticeData(
        title,
        summary,
        body,
        language,
        owner == null ? null : organisation(organisations, "owner", owner),
        partners == null
            ? List.of()
            : partners.stream().map(p -> organisation(organisations, "partners", p)).toList(),
        actorTypes,
        voluntaryRoles,
        targetGroups,
        themes,
        places,
        Boolean.TRUE.equals(national),
        startedOn,
        endedOn,
        parsedActivityStatus(),
        parsedEvidenceLevel(),
        evidenceNote,
        evaluationPlanned,
        Boolean.TRUE.equals(nordicEvidence),
        funding,
        procurementRoute,
        outcomes,
        contact,
        links,
        false);
  }

  /** Before any organisation is looked up: a list's length is the cheapest thing to check. */
  private void checkListLengths() {
    InputLists.atMost("partners", partners, PracticeValidator.MAX_PARTNERS);
    InputLists.atMost("actorTypes", actorTypes, PracticeValidator.MAX_CODES);
    InputLists.atMost("voluntaryRoles", voluntaryRoles, PracticeValidator.MAX_CODES);
    InputLists.atMost("targetGroups", targetGroups, PracticeValidator.MAX_CODES);
    InputLists.atMost("themes", themes, PracticeValidator.MAX_CODES);
    InputLists.atMost("places", places, PracticeValidator.MAX_PLACES);
    InputLists.atMost("funding", funding, PracticeValidator.MAX_CODES);
    InputLists.atMost("links", links, PracticeValidator.MAX_LINKS);
  }

  private ActivityStatus parsedActivityStatus() {
    try {
      return activityStatus == null
          ? null
          : ActivityStatus.valueOf(activityStatus.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("activityStatus", "practice.activityStatusRequired");
    }
  }

  private EvidenceLevel parsedEvidenceLevel() {
    try {
      return evidenceLevel == null ? null : EvidenceLevel.fromCode(evidenceLevel);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("evidenceLevel", "practice.evidenceLevelRequired");
    }
  }

  private static long organisation(OrganisationService organisations, String field, String slug) {
    return organisations
        .find(slug)
        .map(OrganisationDetails::id)
        .orElseThrow(() -> new InputProblem(field, "practice.organisationUnknown", slug));
  }
}
