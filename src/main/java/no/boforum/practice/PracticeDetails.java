package no.boforum.practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;
import no.boforum.practice.PracticeData.Contact;
import no.boforum.practice.PracticeData.Link;

/** Everything the practice page and the API show of one practice; texts as Markdown. */
public record PracticeDetails(
    String slug,
    PracticeState state,
    String title,
    String summary,
    String body,
    String language,
    OrganisationRef owner,
    List<OrganisationRef> partners,
    List<String> actorTypes,
    List<String> voluntaryRoles,
    List<String> targetGroups,
    List<String> themes,
    List<String> places,
    boolean national,
    LocalDate startedOn,
    LocalDate endedOn,
    ActivityStatus activityStatus,
    String evidenceLevel,
    String evidenceNote,
    LocalDate evaluationPlanned,
    boolean nordicEvidence,
    List<String> funding,
    String procurementRoute,
    String outcomes,
    Contact contact,
    List<Link> links,
    boolean illustrative,
    int spread,
    List<AdoptionView> adoptions,
    List<AttachmentView> attachments,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    LocalDateTime publishedAt,
    LocalDateTime lastReviewedAt,
    boolean needsReview,
    long version) {}
