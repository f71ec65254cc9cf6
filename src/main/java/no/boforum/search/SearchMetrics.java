package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import no.boforum.platform.metrics.DatabaseGauge;
import no.boforum.platform.outbox.SearchOutbox;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Search as metrics. Per kind, the outbox that the health check also reports ({@code
 * boforum_search_outbox_pending{kind}}, {@code ..._parked{kind}}, {@code
 * ..._oldest_pending_seconds{kind}}), read from the database at each scrape, -1 when it does not
 * answer (the outbox is the cluster's: every instance reports the same). And what this instance
 * could not ask the index: {@code boforum_search_fallbacks_total{reason}}, searches answered from
 * the database, and {@code boforum_search_similar_failures_total{kind}}, similar items left out.
 */
@ApplicationScoped
public class SearchMetrics {
  /** Why a search fell back to the database: the labels of the fallback counter. */
  enum Fallback {
    /** No client: Elasticsearch was not reachable when last tried. */
    UNAVAILABLE,
    /** The connection failed during the search. */
    IO,
    /** The index answered with an error for this query. */
    REFUSED,
    /** The client had stopped. */
    STOPPED,
    /** Anything else the client threw. */
    ERROR;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Metadata FALLBACKS =
      Metadata.builder()
          .withName("boforum.search.fallbacks")
          .withDescription("Searches answered from the database because the index could not")
          .build();
  private static final Metadata SIMILAR_FAILURES =
      Metadata.builder()
          .withName("boforum.search.similar.failures")
          .withDescription("Similar or like-text queries left empty because the index could not")
          .build();

  @Inject MetricRegistry registry;
  @Inject SearchOutbox outbox;
  @Inject SearchKinds kinds;

  private final Clock clock = Clock.systemUTC();

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (Fallback reason : Fallback.values()) {
      registry.counter(FALLBACKS, new Tag("reason", reason.label()));
    }
    for (SearchableKind kind : kinds.all()) {
      String name = kind.name();
      Tag tag = new Tag("kind", name);
      registry.counter(SIMILAR_FAILURES, tag);
      DatabaseGauge.register(
          registry,
          "boforum.search.outbox.pending",
          "Outbox rows of a kind still to be indexed",
          null,
          () -> outbox.pending(name),
          tag);
      DatabaseGauge.register(
          registry,
          "boforum.search.outbox.parked",
          "Outbox rows of a kind refused too often, left for an operator",
          null,
          () -> outbox.parked(name),
          tag);
      DatabaseGauge.register(
          registry,
          "boforum.search.outbox.oldest.pending",
          "How long the oldest outbox row of a kind has waited (0: none waits)",
          MetricUnits.SECONDS,
          () ->
              outbox
                  .oldestPending(name)
                  .map(t -> Duration.between(t, LocalDateTime.now(clock)).toSeconds())
                  .orElse(0L),
          tag);
    }
  }

  void fellBack(Fallback reason) {
    registry.counter(FALLBACKS, new Tag("reason", reason.label())).inc();
  }

  /** A similar or like-text query of a known kind that the index could not answer. */
  void similarFailed(String kind) {
    registry.counter(SIMILAR_FAILURES, new Tag("kind", kind)).inc();
  }
}
