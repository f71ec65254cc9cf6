package no.boforum.search;

import java.time.LocalDateTime;
import no.boforum.practice.PracticeDetails;

/** A practice as the index holds it. */
public record PracticeDocument(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    String language,
    String evidenceLevel,
    String ownerName,
    String county,
    String municipality,
    LocalDateTime updatedAt) {

  static PracticeDocument of(PracticeDetails p) {
    return new PracticeDocument(
        "practice",
        p.slug(),
        p.title(),
        p.summary(),
        p.body(),
        p.language(),
        p.evidenceLevel(),
        p.ownerName(),
        p.county(),
        p.municipality(),
        p.updatedAt());
  }
}
