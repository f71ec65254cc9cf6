package no.boforum.practice.search;

import java.time.LocalDateTime;
import java.util.List;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeDetails;

/**
 * A practice as the index holds it: its texts in both written forms, its attachments' text, the
 * codes it is filtered and counted by, and the same classification and places in words ({@link
 * PracticeLabels}). {@code evidenceRank} orders by evidence: 1 for an idea or pilot up to 5 for
 * documented effect.
 */
public record PracticeDocument(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    String language,
    String evidenceLevel,
    Integer evidenceRank,
    String ownerName,
    String ownerSlug,
    List<String> countyCodes,
    List<String> municipalityCodes,
    List<String> actorTypes,
    List<String> voluntaryRoles,
    List<String> targetGroups,
    List<String> themes,
    List<String> funding,
    String activityStatus,
    Integer spread,
    Boolean illustrative,
    String attachments,
    String classification,
    String places,
    LocalDateTime publishedAt,
    LocalDateTime updatedAt) {

  /** The document for a practice. */
  static PracticeDocument of(
      PracticeDetails p, List<String> attachmentTexts, PracticeLabels.Labels labels) {
    List<String> municipalities = p.places().stream().filter(code -> code.length() == 4).toList();
    List<String> counties =
        p.places().stream().map(code -> code.substring(0, 2)).distinct().toList();
    return new PracticeDocument(
        "practice",
        p.slug(),
        p.title(),
        p.summary(),
        p.body(),
        p.language(),
        p.evidenceLevel(),
        evidenceRank(p.evidenceLevel()),
        p.owner() == null ? null : p.owner().name(),
        p.owner() == null ? null : p.owner().slug(),
        counties,
        municipalities,
        p.actorTypes(),
        p.voluntaryRoles(),
        p.targetGroups(),
        p.themes(),
        p.funding(),
        p.activityStatus() == null ? null : p.activityStatus().name(),
        p.spread(),
        p.illustrative(),
        attachmentTexts.isEmpty() ? null : String.join("\n\n", attachmentTexts),
        labels.classification(p),
        labels.places(p),
        p.publishedAt(),
        p.updatedAt());
  }

  static Integer evidenceRank(String code) {
    try {
      return code == null ? null : EvidenceLevel.fromCode(code).ordinal() + 1;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
