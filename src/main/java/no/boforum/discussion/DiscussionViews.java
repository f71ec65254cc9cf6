package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.ProfileService;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.text.MarkdownRenderer.Rendered;

/**
 * Makes the read models of threads and posts for the current reader: names of authors, Markdown
 * rendered and sanitised as practices are, helpful counts and accepted answers.
 */
@ApplicationScoped
public class DiscussionViews {
  @Inject DiscussionRepository repository;
  @Inject DiscussionMarks marks;
  @Inject DiscussionFlags flags;
  @Inject DiscussionAccess access;
  @Inject Subjects subjects;
  @Inject ProfileService profiles;
  @Inject MarkdownRenderer markdown;
  @Inject CurrentCaller current;
  @Inject PracticeCardsOfPage practiceCards;
  @Inject Mentions mentions;

  public static String path(DiscussionThread t) {
    return "discussions/" + t.getId() + "-" + t.getSlug();
  }

  public List<ThreadSummary> summaries(List<DiscussionThread> threads) {
    Caller caller = current.get();
    Set<Long> ids = threads.stream().map(DiscussionThread::getId).collect(Collectors.toSet());
    Map<Long, String> names =
        profiles.displayNames(
            threads.stream().map(DiscussionThread::getAuthorId).collect(Collectors.toSet()));
    Map<Long, Long> read =
        caller.isAuthenticated() ? marks.lastRead(caller.userId(), ids) : Map.of();
    Map<Long, Long> newest = caller.isAuthenticated() ? marks.newestPosts(ids) : Map.of();
    return threads.stream()
        .map(
            t ->
                new ThreadSummary(
                    t.getId(),
                    t.getSlug(),
                    path(t),
                    t.getKind(),
                    t.getTitle(),
                    t.getCategory(),
                    names.get(t.getAuthorId()),
                    utc(t.getCreatedAt()),
                    utc(t.getLastActivityAt()),
                    t.getReplyCount(),
                    t.isSolved(),
                    t.isPinned(),
                    caller.isAuthenticated()
                        && newest.getOrDefault(t.getId(), 0L) > read.getOrDefault(t.getId(), 0L),
                    t.isIllustrative()))
        .toList();
  }

  public ThreadDetails details(DiscussionThread t) {
    Caller caller = current.get();
    Post first = repository.question(t.getId());
    List<Long> acceptedIds = marks.accepted(t.getId());
    List<Post> accepted =
        repository.postsById(acceptedIds).stream()
            .filter(p -> p.isVisible() || access.seesWithheld(p))
            .toList();
    List<PostView> shown = posts(t, concat(first, accepted), acceptedIds);
    Map<Long, PostView> byId =
        shown.stream().collect(Collectors.toMap(PostView::id, Function.identity(), (a, b) -> a));
    return new ThreadDetails(
        t.getId(),
        t.getSlug(),
        path(t),
        t.getKind(),
        t.getTitle(),
        t.getCategory(),
        subjects.practice(t.getPracticeId()).orElse(null),
        subjects.event(t.getEventId()).orElse(null),
        profiles.displayNames(Set.of(t.getAuthorId())).get(t.getAuthorId()),
        utc(t.getCreatedAt()),
        utc(t.getLastActivityAt()),
        t.getReplyCount(),
        t.isSolved(),
        t.isLocked(),
        t.isClosed(),
        t.isPinned(),
        byId.get(first.getId()),
        acceptedIds.stream().map(byId::get).filter(Objects::nonNull).toList(),
        !t.isShut() && access.mayParticipate(),
        access.mayAccept(t),
        access.mayModerate(),
        caller.isAuthenticated() ? marks.level(t.getId(), caller.userId()).orElse(null) : null,
        t.isIllustrative());
  }

  /** The posts as the reader sees them, in the order given. */
  public List<PostView> posts(DiscussionThread t, List<Post> posts) {
    return posts(t, posts, marks.accepted(t.getId()));
  }

  private List<PostView> posts(DiscussionThread t, List<Post> posts, List<Long> accepted) {
    Caller caller = current.get();
    Set<Long> quotedIds =
        posts.stream()
            .map(Post::getQuotedPostId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, Post> quoted =
        repository.postsById(quotedIds).stream()
            .collect(Collectors.toMap(Post::getId, Function.identity()));
    Set<Long> authors = new HashSet<>();
    posts.forEach(p -> authors.add(p.getAuthorId()));
    quoted.values().forEach(p -> authors.add(p.getAuthorId()));
    Map<Long, String> names = profiles.displayNames(authors);
    Set<Long> ids = posts.stream().map(Post::getId).collect(Collectors.toSet());
    Map<Long, Long> helpful = marks.helpfulCounts(ids);
    Set<Long> marked = caller.isAuthenticated() ? marks.markedBy(caller.userId(), ids) : Set.of();
    Set<Long> flagged = caller.isAuthenticated() ? flags.flaggedBy(caller.userId(), ids) : Set.of();
    boolean participates = access.mayParticipate();
    Map<String, String> mentioned = mentions.names(t.getId());
    Map<Long, Rendered> rendered = new HashMap<>();
    posts.stream()
        .filter(p -> !p.isDeleted() && (p.isVisible() || access.seesWithheld(p)))
        .forEach(p -> rendered.put(p.getId(), markdown.render(p.getBody(), mentioned)));
    practiceCards.prefetch(rendered.values().stream().map(Rendered::links).toList());
    return posts.stream()
        .map(
            p -> {
              Post q = p.getQuotedPostId() == null ? null : quoted.get(p.getQuotedPostId());
              Rendered own = rendered.get(p.getId());
              boolean readable = own != null;
              boolean quoteReadable =
                  q != null && !q.isDeleted() && (q.isVisible() || access.seesWithheld(q));
              return new PostView(
                  p.getId(),
                  names.get(p.getAuthorId()),
                  p.getAuthorId().equals(t.getAuthorId()),
                  utc(p.getCreatedAt()),
                  utc(p.getEditedAt()),
                  p.isDeleted(),
                  readable ? p.getBody() : null,
                  readable ? own.html() : null,
                  q == null
                      ? null
                      : new PostView.Quote(
                          q.getId(),
                          names.get(q.getAuthorId()),
                          quoteReadable ? markdown.render(q.getBody(), mentioned).html() : null),
                  helpful.getOrDefault(p.getId(), 0L),
                  marked.contains(p.getId()),
                  accepted.contains(p.getId()),
                  !p.isDeleted() && access.mayChange(p),
                  p.getVersion(),
                  p.getState(),
                  p.getQueuedAt() != null,
                  participates
                      && !p.isDeleted()
                      && p.getState() != PostState.PENDING
                      && !p.getAuthorId().equals(caller.userId())
                      && !flagged.contains(p.getId()),
                  flagged.contains(p.getId()),
                  readable ? practiceCards.cards(own.links()) : List.of(),
                  Mentions.handle(names.get(p.getAuthorId())));
            })
        .toList();
  }

  private static List<Post> concat(Post first, List<Post> more) {
    List<Post> all = new java.util.ArrayList<>();
    all.add(first);
    more.stream().filter(p -> !p.getId().equals(first.getId())).forEach(all::add);
    return all;
  }

  static OffsetDateTime utc(LocalDateTime t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }
}
