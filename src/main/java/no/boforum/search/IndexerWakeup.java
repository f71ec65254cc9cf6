package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import no.boforum.platform.jobs.JobRunner;
import no.boforum.platform.outbox.ContentChanged;

/**
 * Wakes the indexer when a transaction that wrote the outbox commits, so that a publication is
 * findable as soon as Elasticsearch has it rather than at the indexer's next round (issue 16:
 * within a second). The rounds stay as the safety net: for a change committed on another instance,
 * and for the rows a failure left behind. While the index is failing, the indexer keeps its
 * back-off.
 */
@ApplicationScoped
public class IndexerWakeup {
  @Inject JobRunner runner;
  @Inject IndexerScheduler indexer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (indexer.isHealthy()) {
      runner.wake(indexer.name());
    }
  }
}
