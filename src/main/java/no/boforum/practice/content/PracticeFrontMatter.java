package no.boforum.practice.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The front matter of a file under {@code content/practices/}; see content/README.md. */
record PracticeFrontMatter(
    @JsonProperty(required = true) String slug,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) String summary,
    @JsonProperty(required = true) String language,
    String owner,
    List<String> partners,
    @JsonProperty("actor_types") List<String> actorTypes,
    @JsonProperty("voluntary_roles") List<String> voluntaryRoles,
    @JsonProperty("target_groups") List<String> targetGroups,
    List<String> themes,
    List<String> places,
    Boolean national,
    LocalDate started,
    LocalDate ended,
    @JsonProperty(required = true) String status,
    @JsonProperty(value = "evidence_level", required = true) String evidenceLevel,
    @JsonProperty("evidence_note") String evidenceNote,
    @JsonProperty("evaluation_planned") LocalDate evaluationPlanned,
    @JsonProperty("nordic_evidence") Boolean nordicEvidence,
    List<String> funding,
    @JsonProperty("procurement_route") String procurementRoute,
    String outcomes,
    Contact contact,
    List<Link> links,
    Boolean illustrative,
    LocalDate reviewed,
    List<Adoption> adoptions) {

  record Contact(String name, String role, String email, String phone) {}

  record Link(String url, String label) {}

  record Adoption(
      String organisation,
      @JsonProperty(required = true) String municipality,
      LocalDate started,
      @JsonProperty(required = true) String status,
      String note) {}
}
