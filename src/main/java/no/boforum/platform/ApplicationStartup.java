package no.boforum.platform;

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
import no.boforum.platform.db.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the start-up sequence once the application scope is up: migrate the schema, then go through
 * the {@link StartPhase}s in order, firing {@link Started} with the {@link Phase} of each. It runs
 * on a thread of its own, so that the web context comes up at once: until the sequence has ended,
 * pages answer that the portal is starting ({@code StartingFilter}) and readiness is down. A
 * failure is logged and leaves the application running, so that health checks can say what is
 * wrong.
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

  private final AtomicBoolean begun = new AtomicBoolean();
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
      threads.newThread(() -> run(servletContext)).start();
    } else {
      run(servletContext);
    }
  }

  private void run(ServletContext servletContext) {
    try {
      migration.migrate();
      migrated = true;
      for (StartPhase phase : StartPhase.values()) {
        started.select(new Phase.Literal(phase)).fire(new Started(phase, servletContext));
      }
    } catch (Throwable e) { // on its own thread an Error would otherwise pass unseen
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
