package no.boforum.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The editable facts of a practice, as they arrive from the editor form, the API or a content file,
 * and as each revision keeps them. Codes refer to the taxonomies; {@code places} holds county
 * (2-digit) and municipality (4-digit) codes.
 */
public record PracticeData(
    String title,
    String summary,
    String body,
    String language,
    Long ownerOrganisationId,
    List<Long> partnerOrganisationIds,
    List<String> actorTypes,
    List<String> voluntaryRoles,
    List<String> targetGroups,
    List<String> themes,
    List<String> places,
    boolean national,
    LocalDate startedOn,
    LocalDate endedOn,
    ActivityStatus activityStatus,
    EvidenceLevel evidenceLevel,
    String evidenceNote,
    LocalDate evaluationPlanned,
    boolean nordicEvidence,
    List<String> funding,
    String procurementRoute,
    String outcomes,
    Contact contact,
    List<Link> links,
    boolean illustrative) {

  /** Who to ask about the practice. Every part may be missing. */
  public record Contact(String name, String role, String email, String phone) {
    public static final Contact NONE = new Contact(null, null, null, null);
  }

  /** A link with the words to show for it. */
  public record Link(String url, String label) {}

  public PracticeData {
    partnerOrganisationIds = copy(partnerOrganisationIds);
    actorTypes = copy(actorTypes);
    voluntaryRoles = copy(voluntaryRoles);
    targetGroups = copy(targetGroups);
    themes = copy(themes);
    places = copy(places);
    funding = copy(funding);
    links = copy(links);
    contact = contact == null ? Contact.NONE : contact;
  }

  /** The same facts with another owner and partners (content files name them by slug). */
  public PracticeData withOrganisations(Long owner, List<Long> partners) {
    return new PracticeData(
        title,
        summary,
        body,
        language,
        owner,
        partners,
        actorTypes,
        voluntaryRoles,
        targetGroups,
        themes,
        places,
        national,
        startedOn,
        endedOn,
        activityStatus,
        evidenceLevel,
        evidenceNote,
        evaluationPlanned,
        nordicEvidence,
        funding,
        procurementRoute,
        outcomes,
        contact,
        links,
        illustrative);
  }

  /** A list as given, without nulls (a JSON body may hold them). */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
