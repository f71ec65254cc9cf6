package no.boforum.discussion.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.boforum.discussion.DiscussionChanges;
import no.boforum.discussion.DiscussionRepository;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.discussion.Post;
import no.boforum.search.IndexDocument;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchableKind;

/**
 * Threads as a searchable kind: every thread under its id, in the alias {@code discussions}
 * (mapping {@code threads-v2.json} beside this class), matched in its title and the text of its
 * posts with the Norwegian analysis of both written forms (each post also on its own, so a hit
 * shows its best-matching post), counted by category, by solved and by the practices it links.
 */
@ApplicationScoped
@Transactional
public class ThreadSearchKind implements SearchableKind {
  public static final String NAME = DiscussionChanges.KIND;

  /** How many posts of a thread are indexed at most (the first ones, the question's context). */
  static final int POSTS_INDEXED = 500;

  @Inject DiscussionRepository repository;
  @Inject ThreadPractices practices;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String alias() {
    return "discussions";
  }

  @Override
  public String mappingVersion() {
    // Up one when search/base-index.json changed (compound words and folding, issue 16).
    return "v3";
  }

  @Override
  public String mappingResource() {
    return "/no/boforum/discussion/search/threads-v2.json";
  }

  @Override
  public String path(String key) {
    return "discussions/" + key;
  }

  @Override
  public Map<String, IndexDocument> documents(List<String> keys) {
    Map<String, IndexDocument> documents = new HashMap<>();
    List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
    List<DiscussionThread> threads = repository.threadsById(ids);
    Map<Long, List<Post>> postsOf = new HashMap<>();
    for (DiscussionThread t : threads) {
      // Hidden, waiting and removed posts are left out; a thread whose question is, altogether.
      postsOf.put(t.getId(), repository.posts(t.getId(), 0, POSTS_INDEXED));
    }
    Map<Long, List<String>> linked = practices.of(threads, postsOf);
    for (DiscussionThread t : threads) {
      List<Post> posts = postsOf.get(t.getId());
      List<Post> shown = posts.stream().filter(p -> p.isVisible() && !p.isDeleted()).toList();
      List<String> texts = shown.stream().map(Post::getBody).toList();
      Post question = posts.get(0);
      String key = String.valueOf(t.getId());
      long version = t.getVersion() + posts.stream().mapToLong(p -> p.getVersion() + 1).sum();
      if (t.isHidden()) {
        documents.put(key, IndexDocument.removal(key, version));
        continue;
      }
      documents.put(
          key,
          IndexDocument.of(
              key,
              version,
              new ThreadDocument(
                  NAME,
                  key,
                  t.getTitle(),
                  question.isDeleted() ? "" : ThreadDocument.opening(question.getBody()),
                  ThreadDocument.posts(texts),
                  shown.stream()
                      .map(p -> new ThreadDocument.PostItem(p.getId(), p.getBody()))
                      .toList(),
                  t.getKind().name(),
                  t.getCategory(),
                  t.isSolved() ? "solved" : "open",
                  linked.getOrDefault(t.getId(), List.of()),
                  t.getLastActivityAt(),
                  t.getCreatedAt())));
    }
    return documents;
  }

  @Override
  public List<String> keysAfter(String after, int size) {
    long from = after == null || after.isEmpty() ? 0 : Long.parseLong(after);
    return repository.threadIdsAfter(from, size).stream().map(String::valueOf).toList();
  }

  @Override
  public long count() {
    return repository.countAllThreads();
  }

  @Override
  public List<SearchFacet> facets() {
    return List.of(
        new SearchFacet("category", "category", this::categoryLabel),
        new SearchFacet("solved", "solved", SearchFacet.Labels.bundle("discussion.solvedFacet.")),
        new SearchFacet("linkedPractice", "practices", (code, locale) -> practices.title(code)));
  }

  private String categoryLabel(String code, Locale locale) {
    return repository.category(code).map(c -> c.label(locale)).orElse(code);
  }

  @Override
  public List<String> textFields() {
    return List.of("posts", "posts.nn");
  }

  @Override
  public List<String> highlightFields() {
    return List.of("posts", "posts.nn");
  }

  @Override
  public List<String> hiddenFields() {
    return List.of("posts", "postItems");
  }

  @Override
  public Optional<Parts> parts() {
    return Optional.of(new Parts("postItems", List.of("postItems.text", "postItems.text.nn")));
  }

  @Override
  public List<String> similarityFields() {
    return List.of("posts", "posts.nn");
  }

  @Override
  public FallbackPage fallback(String text, int offset, int size) {
    List<SearchResult.Hit> hits =
        repository.threadsByText(text, offset, size).stream()
            .map(
                t ->
                    new SearchResult.Hit(
                        NAME,
                        String.valueOf(t.getId()),
                        t.getTitle(),
                        SearchService.escapeHtml(t.getTitle()),
                        null,
                        null,
                        t.getCreatedAt(),
                        DiscussionViews.path(t)))
            .toList();
    return new FallbackPage(repository.countThreadsByText(text), hits);
  }
}
