package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.discussion.DiscussionFlags.FlagView;
import no.boforum.identity.ProfileService;
import no.boforum.platform.text.MarkdownRenderer;

/**
 * The moderators' queue as they read it: posts flagged, hidden or waiting for approval, the longest
 * waiting first, each with its text, its thread, its author and its open flags with their reasons.
 */
@ApplicationScoped
@Transactional
public class ModerationQueue {
  /** A flag as the queue shows it: who flagged, why, with what weight. */
  public record Flag(String flaggedBy, FlagReason reason, String note, int weight) {}

  /** A post in the queue. */
  public record Item(
      long postId,
      long threadId,
      String threadTitle,
      String threadPath,
      boolean question,
      long authorId,
      String authorName,
      PostState state,
      OffsetDateTime writtenAt,
      OffsetDateTime queuedAt,
      String body,
      String html,
      long version,
      List<Flag> flags) {}

  @Inject DiscussionRepository repository;
  @Inject DiscussionFlags flags;
  @Inject DiscussionAccess access;
  @Inject ProfileService profiles;
  @Inject MarkdownRenderer markdown;

  public List<Item> list(int offset, int limit) {
    access.requireModerate();
    List<Post> posts = repository.queue(offset, limit);
    Map<Long, DiscussionThread> threads =
        repository
            .threadsById(posts.stream().map(Post::getThreadId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
    Map<Long, Post> questions = repository.questions(threads.keySet());
    Map<Long, List<FlagView>> open = flags.open(posts.stream().map(Post::getId).toList());
    Set<Long> people = new HashSet<>();
    posts.forEach(p -> people.add(p.getAuthorId()));
    open.values().forEach(fs -> fs.forEach(f -> people.add(f.userId())));
    Map<Long, String> names = profiles.displayNames(people);
    return posts.stream()
        .map(
            p -> {
              DiscussionThread t = threads.get(p.getThreadId());
              return new Item(
                  p.getId(),
                  t.getId(),
                  t.getTitle(),
                  DiscussionViews.path(t),
                  questions.get(t.getId()).getId().equals(p.getId()),
                  p.getAuthorId(),
                  names.get(p.getAuthorId()),
                  p.getState(),
                  DiscussionViews.utc(p.getCreatedAt()),
                  DiscussionViews.utc(p.getQueuedAt()),
                  p.getBody(),
                  markdown.toSafeHtml(p.getBody()),
                  p.getVersion(),
                  open.getOrDefault(p.getId(), List.of()).stream()
                      .map(f -> new Flag(names.get(f.userId()), f.reason(), f.note(), f.weight()))
                      .toList());
            })
        .toList();
  }

  public long count() {
    access.requireModerate();
    return repository.countQueue();
  }
}
