package no.boforum.matching.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingFilter;
import no.boforum.matching.Side;
import no.boforum.opendata.feed.Feed;
import no.boforum.opendata.feed.FeedEntry;
import no.boforum.opendata.feed.FeedProblem;
import no.boforum.opendata.feed.FeedQuery;
import no.boforum.opendata.feed.FeedSource;
import no.boforum.opendata.feed.FeedText;
import no.boforum.platform.text.Messages;

/**
 * Current needs and offers (open or in dialogue, as the board shows them; never a withdrawn,
 * matched, done or expired one), the newest first, of one side or both. An entry holds what the
 * posting's page shows everyone, with its organisation as the author; never a conversation or a
 * person's contact details.
 */
@ApplicationScoped
public class MatchingFeed implements FeedSource {
  @Inject MatchingService matching;

  @Override
  public String name() {
    return "matching";
  }

  @Override
  public List<String> parameters() {
    return List.of("kind");
  }

  @Override
  public Feed feed(FeedQuery query) {
    Side side = side(query);
    PostingFilter current = new PostingFilter(side, null, null, null, null, null);
    List<FeedEntry> entries = new ArrayList<>();
    for (PostingDetails p : matching.list(current, PostingFilter.Sort.NEWEST, 0, ENTRIES)) {
      if (p.organisation() != null && p.organisation().illustrative()) {
        continue; // invented examples are not open data (decision 0024)
      }
      entries.add(
          new FeedEntry(
              FeedEntry.tag("posting", p.id()),
              Messages.format(query.locale(), "feed.matching.entry." + p.side(), p.title()),
              p.path(),
              p.updatedAt().toInstant(ZoneOffset.UTC),
              p.createdAt().toInstant(ZoneOffset.UTC),
              FeedText.fromMarkdown(p.body()),
              p.organisation() == null ? null : p.organisation().name()));
    }
    String which = side == null ? "ALL" : side.name();
    return new Feed(
        Messages.format(query.locale(), "feed.matching.title." + which),
        FeedQuery.address(
            "matching",
            side == null ? Map.of() : Map.of("side", side.name().toLowerCase(Locale.ROOT))),
        entries);
  }

  private static Side side(FeedQuery query) {
    String kind = query.get("kind");
    if (kind == null) {
      return null;
    }
    try {
      return Side.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw FeedProblem.badRequest(
          Messages.format(query.locale(), "feed.error.code", "kind", kind));
    }
  }
}
