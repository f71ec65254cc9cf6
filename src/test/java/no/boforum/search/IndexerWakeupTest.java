package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import no.boforum.platform.jobs.JobRunner;
import no.boforum.platform.outbox.ContentChanged;
import org.junit.jupiter.api.Test;

/**
 * The indexer is woken when a transaction that wrote the outbox commits, never before it commits
 * nor after a rollback (the rows would not be there yet, or ever), and not while the index is
 * failing (the indexer keeps its back-off). The suite's indexer runs every second, so the
 * integration tests would not notice a missing wake-up: this test does.
 */
class IndexerWakeupTest {
  /** A runner that records what it is asked to wake, and runs nothing. */
  static final class RecordingRunner extends JobRunner {
    final List<String> woken = new ArrayList<>();

    @Override
    public void wake(String name) {
      woken.add(name);
    }
  }

  /** The indexer, healthy or not as the test says. */
  static final class Indexer extends IndexerScheduler {
    boolean healthy;

    @Override
    public boolean isHealthy() {
      return healthy;
    }
  }

  @Test
  void observesOnlyASuccessfulCommit() throws Exception {
    Method observer = IndexerWakeup.class.getDeclaredMethod("afterCommit", ContentChanged.class);
    Observes observes = observer.getParameters()[0].getAnnotation(Observes.class);
    assertNotNull(observes, "afterCommit observes the outbox's event");
    assertEquals(TransactionPhase.AFTER_SUCCESS, observes.during());
  }

  @Test
  void wakesTheIndexerWhileItIsHealthyOnly() throws Exception {
    RecordingRunner runner = new RecordingRunner();
    Indexer indexer = new Indexer();
    IndexerWakeup wakeup = new IndexerWakeup();
    wakeup.runner = runner;
    wakeup.indexer = indexer;
    Method observer = IndexerWakeup.class.getDeclaredMethod("afterCommit", ContentChanged.class);
    observer.setAccessible(true);

    indexer.healthy = false;
    observer.invoke(wakeup, new ContentChanged("practice", List.of("a-practice")));
    assertEquals(List.of(), runner.woken, "a failing index keeps its back-off");

    indexer.healthy = true;
    observer.invoke(wakeup, new ContentChanged("practice", List.of("a-practice")));
    assertEquals(List.of(indexer.name()), runner.woken);
  }
}
