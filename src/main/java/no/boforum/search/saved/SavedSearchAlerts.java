package no.boforum.search.saved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.ProfileService;
import no.boforum.notification.Delivery;
import no.boforum.notification.Notice;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationKinds;
import no.boforum.notification.Notifications;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.platform.web.PublicUrls;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchSort;
import no.boforum.search.SearchableKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day, for every saved search with its alert on, looks for practices published since the
 * last look and tells their owner, one notification per search (kind {@code search.saved-search},
 * in the daily digest unless they chose otherwise). When the index cannot answer (the fallback
 * ignores filters and dates), nothing is sent and the search is looked at again next time. A
 * cluster-once job; the notification service writes the mail, in the owner's language.
 */
@ApplicationScoped
public class SavedSearchAlerts implements PeriodicJob, NotificationKinds {
  private static final Logger LOG = Logger.getLogger(SavedSearchAlerts.class.getName());

  /** New practices named in one notification; it gives the total, and links to the search. */
  static final int LISTED = 10;

  /** What a notification's detail holds; a longer list is reached through the search. */
  static final int DETAIL_MAX = 1000;

  static final NotificationKind ALERT = new NotificationKind("search.saved-search", Delivery.DAILY);

  /** What a run did with one saved search. */
  public enum Outcome {
    SENT,
    NOTHING_NEW,
    NOT_DUE,
    DEGRADED
  }

  @Inject SearchService search;
  @Inject SearchKinds kinds;
  @Inject SearchOutbox outbox;
  @Inject Notifications notifications;
  @Inject SavedSearchAlerts self;
  @Inject ProfileService profiles;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "boforum.saved-search.interval-hours", defaultValue = "24")
  int intervalHours;

  Clock clock = Clock.systemUTC();

  @Override
  public List<NotificationKind> kinds() {
    return List.of(ALERT);
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String name() {
    return "saved-search-alerts";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(intervalHours);
  }

  @Override
  public Duration firstRunIn() {
    return Duration.ofSeconds(90);
  }

  @Override
  public JobOutcome run() {
    return JobOutcome.did(alertDue(LocalDateTime.now(clock)));
  }

  /**
   * Looks at every due saved search; returns how many searches had news (one notification each).
   * {@code start} is taken before searching (UTC), so whatever is published during the run is new
   * next time.
   */
  public int alertDue(LocalDateTime start) {
    LocalDateTime upTo = self.consideredUpTo(start);
    int sent = 0;
    for (long id : self.candidates(start)) {
      try {
        Outcome outcome = self.alert(id, start, upTo);
        if (outcome == Outcome.DEGRADED) {
          LOG.warning("Search index unavailable; saved-search alerts wait for the next run");
          break;
        }
        if (outcome == Outcome.SENT) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Alert for saved search " + id + " failed; next run retries", e);
      }
    }
    return sent;
  }

  /**
   * The moment up to which this run sees every publication: a minute before its start (a
   * publication committed just after the start may carry an earlier time), or, while the indexer
   * has changes still to write, a minute before the oldest of them (not in the index yet). What
   * comes later is left for the next run.
   */
  @Transactional
  public LocalDateTime consideredUpTo(LocalDateTime start) {
    LocalDateTime margin = start.minusMinutes(1);
    return outbox
        .oldestPending(kinds.all().stream().map(SearchableKind::name).toList())
        .map(oldest -> oldest.minusMinutes(1))
        .filter(before -> before.isBefore(margin))
        .orElse(margin);
  }

  /** Saved searches with the alert on and not looked at since {@code start}. */
  @Transactional
  public List<Long> candidates(LocalDateTime start) {
    return em.createQuery(
            "SELECT s.id FROM SavedSearch s WHERE s.alert = TRUE AND s.checkedAt < :start"
                + " ORDER BY s.id",
            Long.class)
        .setParameter("start", start)
        .getResultList();
  }

  /**
   * One saved search, locked so that a user's change to it waits for the run. The search of a
   * deleted account goes (the account row stays, so the foreign key never cascades).
   */
  @Transactional
  public Outcome alert(long id, LocalDateTime start, LocalDateTime upTo) {
    SavedSearch saved = em.find(SavedSearch.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (saved == null || !saved.isDue(start, Duration.ofHours(intervalHours))) {
      return Outcome.NOT_DUE;
    }
    if (profiles.existing(List.of(saved.getUserId())).isEmpty()) {
      em.remove(saved);
      return Outcome.NOTHING_NEW;
    }
    SearchResult result = search.search(query(saved, upTo, kinds.facetParameters()));
    if (result.degraded()) {
      return Outcome.DEGRADED;
    }
    boolean mailed = result.total() > 0;
    if (mailed) {
      notifications.send(notice(saved, result, upTo), List.of(saved.getUserId()));
    }
    saved.checked(upTo, mailed ? start : null);
    return mailed ? Outcome.SENT : Outcome.NOTHING_NEW;
  }

  /**
   * The notification of new practices: their titles and addresses as its detail (as many as fit),
   * the total as its argument, and the search itself as its subject (its list, if too long a link).
   */
  private Notice notice(SavedSearch saved, SearchResult result, LocalDateTime upTo) {
    StringBuilder titles = new StringBuilder();
    String base = PublicUrls.base(publicUrl);
    for (SearchResult.Hit hit : result.hits()) {
      String line = "- " + hit.title() + "\n  " + base + "practices/" + hit.slug() + "\n";
      if (titles.length() + line.length() > DETAIL_MAX) {
        break; // The rest are a click away: the notification links to the search.
      }
      titles.append(line);
    }
    String query = saved.getQueryString();
    String address = "search" + (query.isEmpty() ? "" : "?" + query);
    return Notice.of(
            ALERT,
            new Notice.Subject(
                "search",
                String.valueOf(saved.getId()),
                saved.getName(),
                Notice.Subject.isPage(address) ? address : "my/searches"))
        .argument(String.valueOf(result.total()))
        .detail(titles.toString().strip())
        .once("alert:" + saved.getId() + ":" + upTo);
  }

  /**
   * The saved search, newest first, limited to what was published since the last look and up to
   * this run's limit: a practice published later is left for the next run, never named twice.
   */
  static SearchQuery query(SavedSearch saved, LocalDateTime upTo, List<String> facets) {
    return SearchQuery.fromParameters(
            QueryParameters.values(saved.getQueryString()), LISTED, facets)
        .withSort(SearchSort.NEWEST)
        .publishedBetween(saved.getCheckedAt(), upTo);
  }
}
