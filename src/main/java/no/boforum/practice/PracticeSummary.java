package no.boforum.practice;

import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;

/** What a list or an API page shows of a practice. */
public record PracticeSummary(
    String slug,
    String title,
    String summary,
    String evidenceLevel,
    String language,
    PracticeState state,
    ActivityStatus activityStatus,
    OrganisationRef owner,
    List<String> places,
    boolean national,
    int spread,
    boolean illustrative,
    boolean needsReview,
    LocalDateTime updatedAt) {}
