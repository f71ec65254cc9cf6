package no.boforum.matching.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.Side;

/**
 * A need or an offer as the index holds it: its texts, the opening of its text as summary, and the
 * codes it is filtered and counted by. The actor types of a need are the kinds of actor it wants;
 * of an offer, the kind of actor that offers, so one facet brings the two sides together.
 */
public record PostingDocument(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    String capacity,
    String side,
    String state,
    String organisationName,
    String organisationSlug,
    List<String> countyCodes,
    List<String> municipalityCodes,
    List<String> themes,
    List<String> targetGroups,
    List<String> actorTypes,
    List<String> practices,
    LocalDate expiresOn,
    LocalDateTime publishedAt) {
  static final int SUMMARY_MAX = 300;

  static PostingDocument of(PostingDetails p) {
    List<String> actorTypes =
        p.side() == Side.NEED
            ? p.actorTypes()
            : p.organisationActorType() == null ? List.of() : List.of(p.organisationActorType());
    return new PostingDocument(
        PostingSearchKind.NAME,
        String.valueOf(p.id()),
        p.title(),
        opening(p.body()),
        p.body(),
        p.capacity(),
        p.side().name(),
        p.state().name(),
        p.organisation() == null ? null : p.organisation().name(),
        p.organisation() == null ? null : p.organisation().slug(),
        p.counties(),
        p.municipalities(),
        p.themes(),
        p.targetGroups(),
        actorTypes,
        p.practices().stream().map(PostingDetails.PracticeRef::slug).toList(),
        p.expiresOn(),
        p.createdAt());
  }

  /** The opening of a text, cut at a word, for the summary. */
  static String opening(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= SUMMARY_MAX) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SUMMARY_MAX);
    return flat.substring(0, cut > 0 ? cut : SUMMARY_MAX) + "…";
  }
}
