package no.boforum.practice;

import java.time.LocalDateTime;

/** Everything the practice page and the API show of one practice; the body as Markdown. */
public record PracticeDetails(
    String slug,
    String title,
    String summary,
    String body,
    String language,
    String evidenceLevel,
    String evidenceNote,
    boolean illustrative,
    String ownerName,
    String county,
    String municipality,
    LocalDateTime updatedAt,
    long version) {

  static PracticeDetails of(Practice p) {
    return new PracticeDetails(
        p.getSlug(),
        p.getTitle(),
        p.getSummary(),
        p.getBody(),
        p.getLanguage(),
        p.getEvidenceLevel().code(),
        p.getEvidenceNote(),
        p.isIllustrative(),
        p.getOwnerName(),
        p.getCounty(),
        p.getMunicipality(),
        p.getUpdatedAt(),
        p.getVersion());
  }
}
