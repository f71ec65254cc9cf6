package no.boforum.event.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.event.EventFilter;
import no.boforum.event.EventRepository;
import no.boforum.event.EventState;
import no.boforum.event.EventTimes;
import no.boforum.event.ForumEvent;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.opendata.feed.Feed;
import no.boforum.opendata.feed.FeedEntry;
import no.boforum.opendata.feed.FeedProblem;
import no.boforum.opendata.feed.FeedQuery;
import no.boforum.opendata.feed.FeedSource;
import no.boforum.opendata.feed.FeedText;
import no.boforum.platform.text.Messages;
import no.boforum.taxonomy.Taxonomies;

/**
 * Upcoming public events (published, and cancelled ones marked so; never drafts), the most recently
 * announced or changed first, so that a new event reaches a reader however far ahead it lies. An
 * entry says when the event starts and who hosts it; never who comes or the join link.
 */
@ApplicationScoped
public class EventFeed implements FeedSource {
  /** Upcoming events read to choose the newest changes from; far more than a forum ever has. */
  static final int UPCOMING = 1000;

  @Inject EventRepository events;
  @Inject OrganisationService organisations;
  @Inject Taxonomies taxonomies;

  Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return "events";
  }

  @Override
  public List<String> parameters() {
    return List.of("county", "theme");
  }

  @Override
  @Transactional
  public Feed feed(FeedQuery query) {
    Map<String, String> page = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (String parameter : parameters()) {
      String code = query.get(parameter);
      if (code != null) {
        String taxonomy = parameter.equals("county") ? Taxonomies.COUNTY : Taxonomies.THEME;
        labels.add(
            taxonomies
                .find(taxonomy, code, query.language())
                .orElseThrow(
                    () ->
                        FeedProblem.badRequest(
                            Messages.format(query.locale(), "feed.error.code", parameter, code)))
                .label());
        page.put(parameter, code);
      }
    }
    EventFilter upcoming =
        new EventFilter(false, query.get("county"), query.get("theme"), null, null);
    List<ForumEvent> newest =
        events.findPublic(upcoming, EventTimes.now(clock), 0, UPCOMING).stream()
            .sorted(
                Comparator.comparing((ForumEvent e) -> e.getStamps().getUpdatedAt())
                    .thenComparing(ForumEvent::getId)
                    .reversed())
            .limit(ENTRIES)
            .toList();
    Set<Long> hosts = new HashSet<>();
    newest.forEach(e -> hosts.add(e.getHostOrganisationId()));
    Map<Long, OrganisationDetails> orgs = organisations.byIds(hosts);
    List<FeedEntry> entries = new ArrayList<>();
    for (ForumEvent e : newest) {
      OrganisationDetails host = orgs.get(e.getHostOrganisationId());
      if (e.isIllustrative() || (host != null && host.illustrative())) {
        continue; // invented examples are not open data (decision 0024)
      }
      entries.add(
          new FeedEntry(
              FeedEntry.tag("event", e.getSlug()),
              e.getState() == EventState.CANCELLED
                  ? Messages.format(query.locale(), "feed.events.cancelled", e.getTitle())
                  : e.getTitle(),
              "events/" + e.getSlug(),
              utc(e.getStamps().getUpdatedAt()),
              e.getStamps().getPublishedAt() == null ? null : utc(e.getStamps().getPublishedAt()),
              FeedText.plain(
                  Messages.format(
                      query.locale(),
                      "feed.events.summary",
                      EventTimes.describe(e.getStartsAt(), query.locale()),
                      e.getSummary())),
              host == null ? null : host.name()));
    }
    String title = Messages.format(query.locale(), "feed.events.title");
    if (!labels.isEmpty()) {
      title =
          Messages.format(query.locale(), "feed.title.filtered", title, String.join(", ", labels));
    }
    return new Feed(title, FeedQuery.address("events", page), entries);
  }

  private static Instant utc(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC);
  }
}
