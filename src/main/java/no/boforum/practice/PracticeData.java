package no.boforum.practice;

/** The editable facts of a practice, as they arrive from a content file or (later) a form. */
public record PracticeData(
    String slug,
    String title,
    String summary,
    String body,
    String language,
    EvidenceLevel evidenceLevel,
    String evidenceNote,
    boolean illustrative,
    String ownerName,
    String county,
    String municipality) {}
