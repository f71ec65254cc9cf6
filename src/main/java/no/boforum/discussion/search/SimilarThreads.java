package no.boforum.discussion.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.platform.text.Slugs;
import no.boforum.search.SimilarDocuments;

/**
 * Threads like a title being typed on the new-thread page, from the index (which holds visible
 * threads only); none for a title too short to say anything, or when the index cannot answer.
 */
@ApplicationScoped
public class SimilarThreads {
  /** Titles shorter than this find nothing. */
  static final int MIN_LENGTH = 4;

  /** Longer titles are cut (a thread's title has at most 200 characters). */
  static final int MAX_LENGTH = 200;

  /** A thread as the list under the title field shows it. */
  public record ThreadLink(String title, String path) {}

  @Inject SimilarDocuments similar;

  public List<ThreadLink> like(String title) {
    String text = title == null ? "" : title.strip();
    if (text.length() < MIN_LENGTH) {
      return List.of();
    }
    return similar
        .likeText(ThreadSearchKind.NAME, text.substring(0, Math.min(text.length(), MAX_LENGTH)))
        .stream()
        .filter(s -> s.slug() != null && s.slug().matches("\\d{1,18}") && s.title() != null)
        .map(s -> new ThreadLink(s.title(), "discussions/" + s.slug() + "-" + Slugs.of(s.title())))
        .toList();
  }
}
