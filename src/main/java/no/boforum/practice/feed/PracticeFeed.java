package no.boforum.practice.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.boforum.opendata.feed.Feed;
import no.boforum.opendata.feed.FeedEntry;
import no.boforum.opendata.feed.FeedQuery;
import no.boforum.opendata.feed.FeedSource;
import no.boforum.opendata.feed.FeedText;
import no.boforum.platform.text.Messages;
import no.boforum.practice.PracticeFilter.Sort;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;

/**
 * New and changed published practices, the newest change first, narrowed by the parameters of
 * {@code GET /api/practices} ({@link PracticeFeedFilter}); each entry links the practice's page,
 * with its summary and its owner.
 */
@ApplicationScoped
public class PracticeFeed implements FeedSource {
  @Inject PracticeService practices;
  @Inject PracticeFeedFilter filters;

  @Override
  public String name() {
    return "practices";
  }

  @Override
  public List<String> parameters() {
    return PracticeFeedFilter.PARAMETERS;
  }

  @Override
  public Feed feed(FeedQuery query) {
    PracticeFeedFilter.Chosen chosen = filters.read(query);
    List<FeedEntry> entries = new ArrayList<>();
    for (PracticeSummary p : practices.list(chosen.filter(), Sort.UPDATED, 0, ENTRIES)) {
      if (p.illustrative() || (p.owner() != null && p.owner().illustrative())) {
        continue; // invented examples are not open data (decision 0024)
      }
      entries.add(
          new FeedEntry(
              FeedEntry.tag("practice", p.slug()),
              p.title(),
              "practices/" + p.slug(),
              p.updatedAt().toInstant(ZoneOffset.UTC),
              null,
              FeedText.plain(p.summary()),
              p.owner() == null ? null : p.owner().name()));
    }
    String title = Messages.format(query.locale(), "feed.practices.title");
    if (!chosen.labels().isEmpty()) {
      title =
          Messages.format(
              query.locale(), "feed.title.filtered", title, String.join(", ", chosen.labels()));
    }
    return new Feed(title, chosen.page(), entries);
  }
}
