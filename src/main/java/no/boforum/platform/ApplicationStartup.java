package no.boforum.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.db.DatabaseMigration;

/**
 * Runs the start-up sequence once the application scope is up: migrate the schema, then go through
 * the {@link StartPhase}s in order, firing {@link Started} with the {@link Phase} of each. A
 * failure is logged and leaves the application running, so that health checks can say what is
 * wrong.
 */
@ApplicationScoped
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Inject DatabaseMigration migration;
  @Inject Event<Started> started;
  private volatile boolean migrated;
  private volatile boolean failed;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
    try {
      migration.migrate();
      migrated = true;
      for (StartPhase phase : StartPhase.values()) {
        started.select(new Phase.Literal(phase)).fire(new Started(phase, servletContext));
      }
    } catch (RuntimeException e) {
      failed = true;
      LOG.log(Level.SEVERE, "Start-up failed: the database could not be prepared", e);
    }
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
