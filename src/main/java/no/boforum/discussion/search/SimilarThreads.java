package no.boforum.discussion.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.discussion.DiscussionRepository;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.search.SimilarDocuments;

/**
 * Threads like a title being typed on the new-thread page, found in the index and checked against
 * the database (readable now, under their title now); none for a title too short to say anything,
 * or when the index cannot answer.
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
  @Inject DiscussionRepository repository;

  @Transactional
  public List<ThreadLink> like(String title) {
    String text = title == null ? "" : title.strip();
    if (text.length() < MIN_LENGTH) {
      return List.of();
    }
    List<Long> ids =
        similar
            .likeText(ThreadSearchKind.NAME, text.substring(0, Math.min(text.length(), MAX_LENGTH)))
            .stream()
            .filter(s -> s.slug() != null && s.slug().matches("\\d{1,18}"))
            .map(s -> Long.parseLong(s.slug()))
            .toList();
    // The index follows changes within seconds; the database says now which threads are readable
    // (a question hidden a moment ago) and under which title (a moderator may have changed it).
    Map<Long, DiscussionThread> threads =
        repository.threadsById(ids).stream()
            .filter(t -> !t.isHidden())
            .collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
    return ids.stream()
        .map(threads::get)
        .filter(Objects::nonNull)
        .map(t -> new ThreadLink(t.getTitle(), DiscussionViews.path(t)))
        .toList();
  }
}
