package no.boforum.discussion.search;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A thread as the index holds it: its title, the question's opening as summary, the text of every
 * visible post (together, and one by one as nested {@code postItems}, so the best-matching post can
 * be shown), the codes it is filtered and counted by, and the published practices it is about or
 * its posts link to.
 */
public record ThreadDocument(
    String type,
    String slug,
    String title,
    String summary,
    String posts,
    List<PostItem> postItems,
    String kind,
    String category,
    String solved,
    List<String> practices,
    LocalDateTime lastActivityAt,
    LocalDateTime publishedAt) {
  static final int SUMMARY_MAX = 300;

  /** One visible post, searched on its own. */
  public record PostItem(long id, String text) {}

  /** The opening of a text, cut at a word, for the summary. */
  static String opening(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= SUMMARY_MAX) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SUMMARY_MAX);
    return flat.substring(0, cut > 0 ? cut : SUMMARY_MAX) + "…";
  }

  static String posts(List<String> texts) {
    return String.join("\n\n", texts);
  }
}
