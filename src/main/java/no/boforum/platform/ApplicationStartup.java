package no.boforum.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.db.DatabaseFailures;
import no.boforum.platform.db.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the start-up sequence once the application scope is up: migrate the schema, then go through
 * the {@link StartPhase}s in order, firing {@link Started} with the {@link Phase} of each. It runs
 * on a thread of its own, so that the web context comes up at once: until the sequence has ended,
 * pages answer that the portal is starting ({@code StartingFilter}) and readiness is down. While
 * the database cannot be reached (after a power cut, a crash recovery longer than Flyway's
 * retries), the sequence waits and tries again from the step that failed, every {@code
 * boforum.startup.retry-seconds}, for as long as it takes: the instance joins by itself once the
 * database answers. Any other failure is logged and leaves the application running with liveness
 * down, so that health checks say what is wrong and a supervisor restarts it.
 */
@ApplicationScoped
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Inject DatabaseMigration migration;
  @Inject Event<Started> started;
  @Resource ManagedThreadFactory threads;

  /**
   * Runs the sequence beside the web context's start (true, the default), or within it: a
   * deployment whose first requests must find it done (the in-container test instance).
   */
  @Inject
  @ConfigProperty(name = "boforum.startup.background", defaultValue = "true")
  boolean background;

  @Inject
  @ConfigProperty(name = "boforum.startup.retry-seconds", defaultValue = "15")
  int retrySeconds;

  private final AtomicBoolean begun = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile Thread worker;
  private volatile int attempts;
  private volatile boolean migrated;
  private volatile boolean failed;
  private volatile boolean ended;

  /**
   * Runs the sequence once, for the first web context that comes up (Payara starts one per virtual
   * server the application is on).
   */
  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
    if (!begun.compareAndSet(false, true)) {
      return;
    }
    if (background) {
      // Payara answers requests for the application only once its web context is up; in the
      // background the sequence lets that happen at once, and StartingFilter answers meanwhile.
      worker = threads.newThread(() -> run(servletContext));
      worker.start();
    } else {
      run(servletContext);
    }
  }

  void run(ServletContext servletContext) {
    StartPhase[] phases = StartPhase.values();
    int next = 0; // the first phase not yet run through
    try {
      while (true) {
        attempts++;
        try {
          if (!migrated) {
            migration.migrate();
            migrated = true;
          }
          for (; next < phases.length; next++) {
            started
                .select(new Phase.Literal(phases[next]))
                .fire(new Started(phases[next], servletContext));
          }
          if (attempts > 1) {
            LOG.info("The database answers: start-up has ended");
          }
          return;
        } catch (RuntimeException e) {
          if (!DatabaseFailures.unreachable(e) || stopping) {
            throw e;
          }
          String step = migrated ? "phase " + phases[next] : "the schema's migration";
          if (attempts == 1) {
            LOG.log(
                Level.WARNING,
                e,
                () ->
                    "Start-up waits for the database ("
                        + step
                        + "): it is tried again every "
                        + retrySeconds
                        + " s; pages answer that the portal is starting");
          } else {
            LOG.fine(() -> "The database still cannot be reached at " + step + ": " + e);
          }
          Thread.sleep(retrySeconds * 1000L);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("Start-up stopped while it waited for the database: the application is stopping");
    } catch (Throwable e) { // on its own thread an Error would otherwise pass unseen
      if (stopping) {
        LOG.info(() -> "Start-up ended as the application stopped: " + e);
        return;
      }
      failed = true;
      LOG.log(
          Level.SEVERE,
          migrated
              ? "Start-up failed after the schema was migrated; liveness is down"
              : "Start-up failed: the database could not be prepared; liveness is down",
          e);
    } finally {
      ended = true;
    }
  }

  /** Ends a wait for the database when the application stops. */
  @PreDestroy
  void stop() {
    stopping = true;
    Thread waiting = worker;
    if (waiting != null) {
      waiting.interrupt();
    }
  }

  /**
   * True once the sequence has run to its end, well or not: pages can be served (until then {@code
   * StartingFilter} answers that the portal is starting). Readiness also needs it not to have
   * failed ({@link #hasFailed}).
   */
  public boolean hasEnded() {
    return ended;
  }

  public boolean isMigrated() {
    return migrated;
  }

  /** True when start-up gave up; only a restart (which liveness asks for) can mend it. */
  public boolean hasFailed() {
    return failed;
  }

  /**
   * Fired once per {@link StartPhase}, qualified with its {@link Phase}; observers may read and
   * write the database. It carries the web application's context, through which packaged files are
   * read.
   */
  public record Started(StartPhase phase, ServletContext servletContext) {}
}
