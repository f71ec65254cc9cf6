package no.boforum.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.db.DatabaseMigration;
import org.junit.jupiter.api.Test;

/**
 * The start-up sequence waits for a database that cannot be reached and goes on from the step that
 * failed once it answers; any other failure ends it with liveness down.
 */
class ApplicationStartupTest {
  private final List<StartPhase> fired = new ArrayList<>();
  private final List<StartPhase> failOnce = new ArrayList<>();
  private int migrationFailures;
  private RuntimeException phaseFailure;

  private static RuntimeException unreachable() {
    return new IllegalStateException(
        "Unable to obtain connection from database",
        new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1", "08000"));
  }

  private ApplicationStartup startup() {
    ApplicationStartup startup = new ApplicationStartup();
    startup.retrySeconds = 0;
    startup.migration =
        new DatabaseMigration() {
          @Override
          public void migrate() {
            if (migrationFailures > 0) {
              migrationFailures--;
              throw unreachable();
            }
          }
        };
    startup.started = new Phases(null);
    return startup;
  }

  @Test
  void aDatabaseThatDoesNotAnswerYetIsWaitedFor() {
    migrationFailures = 2;
    ApplicationStartup startup = startup();
    startup.run(null);
    assertEquals(List.of(StartPhase.values()), fired);
    assertTrue(startup.isMigrated());
    assertTrue(startup.hasEnded());
    assertFalse(startup.hasFailed());
  }

  @Test
  void aPhaseCutOffByTheDatabaseIsRunAgainAndThoseBeforeItAreNot() {
    failOnce.add(StartPhase.CONTENT);
    ApplicationStartup startup = startup();
    startup.run(null);
    assertEquals(
        List.of(
            StartPhase.SCHEMA,
            StartPhase.REFERENCE_DATA,
            StartPhase.CONTENT,
            StartPhase.CONTENT,
            StartPhase.JOBS),
        fired);
    assertFalse(startup.hasFailed());
  }

  @Test
  void anyOtherFailureEndsStartUpWithLivenessDown() {
    phaseFailure = new IllegalStateException("a seed file that cannot be read");
    ApplicationStartup startup = startup();
    startup.run(null);
    assertEquals(List.of(StartPhase.SCHEMA), fired);
    assertTrue(startup.hasEnded());
    assertTrue(startup.hasFailed());
  }

  /** Fires to the test's phases: the phase {@code select} names, recorded in order. */
  private final class Phases implements Event<Started> {
    private final StartPhase phase;

    Phases(StartPhase phase) {
      this.phase = phase;
    }

    @Override
    public void fire(Started event) {
      fired.add(phase);
      if (failOnce.remove(phase)) {
        throw unreachable();
      }
      if (phaseFailure != null) {
        throw phaseFailure;
      }
    }

    @Override
    public Event<Started> select(Annotation... qualifiers) {
      return new Phases(((Phase) qualifiers[0]).value());
    }

    @Override
    public <U extends Started> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends Started> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends Started> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends Started> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }
  }
}
