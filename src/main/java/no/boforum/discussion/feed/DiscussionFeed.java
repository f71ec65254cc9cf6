package no.boforum.discussion.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.discussion.Category;
import no.boforum.discussion.DiscussionRepository;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.discussion.Post;
import no.boforum.discussion.ThreadFilter;
import no.boforum.opendata.feed.Feed;
import no.boforum.opendata.feed.FeedEntry;
import no.boforum.opendata.feed.FeedProblem;
import no.boforum.opendata.feed.FeedQuery;
import no.boforum.opendata.feed.FeedSource;
import no.boforum.opendata.feed.FeedText;
import no.boforum.platform.text.Messages;

/**
 * Threads of a category, or of all, by latest activity. Only a thread whose question everyone may
 * read: not a hidden thread, nor one whose question waits for a moderator or was hidden or removed
 * (its title is part of it); a question its author deleted keeps its entry without its text. The
 * feed's author is the portal: threads are people's, and a feed names no person.
 */
@ApplicationScoped
public class DiscussionFeed implements FeedSource {
  @Inject DiscussionRepository repository;

  @Override
  public String name() {
    return "discussions";
  }

  @Override
  public List<String> parameters() {
    return List.of("category");
  }

  @Override
  @Transactional
  public Feed feed(FeedQuery query) {
    String code = query.get("category");
    Optional<Category> category = code == null ? Optional.empty() : repository.category(code);
    if (code != null && category.isEmpty()) {
      throw FeedProblem.notFound(Messages.format(query.locale(), "feed.error.category", code));
    }
    List<DiscussionThread> threads = repository.threads(ThreadFilter.LATEST, code, 0, ENTRIES);
    Map<Long, Post> questions =
        repository.questions(threads.stream().map(DiscussionThread::getId).toList());
    List<FeedEntry> entries = new ArrayList<>();
    for (DiscussionThread t : threads) {
      Post question = questions.get(t.getId());
      if (question == null || !question.isVisible() || t.isIllustrative()) {
        continue;
      }
      entries.add(
          new FeedEntry(
              FeedEntry.tag("thread", t.getId()),
              t.getTitle(),
              DiscussionViews.path(t),
              t.getLastActivityAt().toInstant(ZoneOffset.UTC),
              t.getCreatedAt().toInstant(ZoneOffset.UTC),
              question.isDeleted() ? null : FeedText.fromMarkdown(question.getBody()),
              null));
    }
    String title =
        category
            .map(
                c ->
                    Messages.format(
                        query.locale(), "feed.discussions.category", c.label(query.locale())))
            .orElse(Messages.format(query.locale(), "feed.discussions.title"));
    Map<String, String> page = new LinkedHashMap<>();
    if (code != null) {
      page.put("category", code);
    }
    return new Feed(title, FeedQuery.address("discussions", page), entries);
  }
}
