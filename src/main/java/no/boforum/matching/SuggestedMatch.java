package no.boforum.matching;

import java.util.List;

/**
 * Something that fits a need or an offer: an offer or a need of another organisation, or a
 * published practice, with the reasons the search engine found it, best first.
 *
 * @param posting the fitting need or offer, or null for a practice
 * @param practice the fitting practice, or null for a posting
 */
public record SuggestedMatch(
    PostingDetails posting, PracticeFit practice, double score, List<Reason> reasons) {

  /** A practice as the suggestions show it: its page, title and summary. */
  public record PracticeFit(String slug, String path, String title, String summary) {}

  /**
   * Why it was suggested: what the two share. {@code code} is the taxonomy code shared (a target
   * group, a theme, an actor type, a municipality, a county), or null when the kind says it all.
   */
  public record Reason(Kind kind, String code) {
    /** The kinds of reason, in the order they are told. */
    public enum Kind {
      TARGET_GROUP,
      THEME,
      ACTOR_TYPE,
      SAME_MUNICIPALITY,
      SAME_COUNTY,
      NATIONAL,
      SIMILAR_TEXT
    }
  }

  /** The suggestions for one posting: postings of the other side and (for a need) practices. */
  public record Suggestions(List<SuggestedMatch> postings, List<SuggestedMatch> practices) {
    public static final Suggestions NONE = new Suggestions(List.of(), List.of());
  }
}
