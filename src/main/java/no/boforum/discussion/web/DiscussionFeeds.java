package no.boforum.discussion.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.discussion.Category;
import no.boforum.discussion.DiscussionRepository;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.discussion.Post;
import no.boforum.discussion.ThreadFilter;
import no.boforum.identity.ProfileService;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Atom feeds, written by Rome: the threads of a category (or of all) by latest activity, and the
 * posts of one thread, newest first. Only what everyone may read: no hidden thread, no post that is
 * hidden, waiting, removed or deleted; the text is the sanitised HTML the pages show; authors by
 * their display name, never an address.
 */
@ApplicationScoped
public class DiscussionFeeds {
  static final int ENTRIES = 30;

  @Inject DiscussionRepository repository;
  @Inject ProfileService profiles;
  @Inject MarkdownRenderer markdown;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  /** The feed of a category's threads, or of all threads for none; empty for an unknown one. */
  @Transactional
  public Optional<String> category(String code, Locale locale) {
    Optional<Category> category =
        code == null || code.isBlank() ? Optional.empty() : repository.category(code);
    if (code != null && !code.isBlank() && category.isEmpty()) {
      return Optional.empty();
    }
    List<DiscussionThread> threads =
        repository.threads(
            ThreadFilter.LATEST, category.map(Category::getCode).orElse(null), 0, ENTRIES);
    Map<Long, String> names = names(threads.stream().map(DiscussionThread::getAuthorId));
    Map<Long, Post> questions =
        repository.questions(threads.stream().map(DiscussionThread::getId).toList());
    List<SyndEntry> entries = new ArrayList<>();
    for (DiscussionThread t : threads) {
      Post question = questions.get(t.getId());
      boolean readable = question.isVisible() && !question.isDeleted();
      entries.add(
          entry(
              t.getTitle(),
              url(DiscussionViews.path(t)),
              names.get(t.getAuthorId()),
              t.getCreatedAt(),
              t.getLastActivityAt(),
              readable ? question.getBody() : null));
    }
    String title =
        category
            .map(c -> Messages.format(locale, "discussion.feed.category", c.label(locale)))
            .orElse(Messages.format(locale, "discussion.feed.all"));
    String self =
        "discussions/feed.atom" + category.map(c -> "?category=" + c.getCode()).orElse("");
    return Optional.of(write(title, url("discussions"), url(self), entries));
  }

  /** The feed of one thread's readable posts; empty when the thread is unknown or hidden. */
  @Transactional
  public Optional<String> thread(long id, Locale locale) {
    Optional<DiscussionThread> found = repository.thread(id).filter(t -> !t.isHidden());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DiscussionThread t = found.get();
    List<Post> newest = repository.newestReadable(id, ENTRIES);
    Map<Long, String> names = names(newest.stream().map(Post::getAuthorId));
    String page = DiscussionViews.path(t);
    List<SyndEntry> entries = new ArrayList<>();
    for (Post p : newest) {
      String author = names.get(p.getAuthorId());
      entries.add(
          entry(
              Messages.format(locale, "discussion.feed.post", author, t.getTitle()),
              url(page + "#post-" + p.getId()),
              author,
              p.getCreatedAt(),
              p.getEditedAt() == null ? p.getCreatedAt() : p.getEditedAt(),
              p.getBody()));
    }
    return Optional.of(write(t.getTitle(), url(page), url(page + "/feed.atom"), entries));
  }

  private Map<Long, String> names(java.util.stream.Stream<Long> ids) {
    Set<Long> authors = ids.collect(Collectors.toSet());
    return profiles.displayNames(authors);
  }

  private SyndEntry entry(
      String title,
      String link,
      String author,
      LocalDateTime published,
      LocalDateTime updated,
      String markdownText) {
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(title);
    e.setLink(link);
    e.setUri(link);
    e.setAuthor(author == null || author.isBlank() ? "–" : author);
    e.setPublishedDate(date(published));
    e.setUpdatedDate(date(updated));
    if (markdownText != null) {
      SyndContent content = new SyndContentImpl();
      content.setType("html");
      content.setValue(markdown.toSafeHtml(markdownText));
      e.setContents(List.of(content));
    }
    return e;
  }

  private static String write(String title, String link, String self, List<SyndEntry> entries) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setLink(link);
    feed.setUri(self);
    feed.setEntries(entries);
    feed.setPublishedDate(
        entries.stream().map(SyndEntry::getUpdatedDate).max(Date::compareTo).orElse(new Date(0)));
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("The feed could not be written", e);
    }
  }

  private String url(String path) {
    return PublicUrls.base(publicUrl) + path;
  }

  private static Date date(LocalDateTime t) {
    return Date.from(t.toInstant(ZoneOffset.UTC));
  }
}
