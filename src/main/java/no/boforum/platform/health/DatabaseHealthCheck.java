package no.boforum.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.boforum.platform.ApplicationStartup;
import no.boforum.platform.db.BoforumDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers, its schema has been migrated and the start-up sequence has
 * ended without failing (a failed one also takes liveness down, so the instance is restarted).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
  @Resource(lookup = BoforumDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject ApplicationStartup startup;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("database")
            .withData("migrated", startup.isMigrated())
            .withData("started", startup.hasEnded());
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return response
          .status(valid && startup.isMigrated() && startup.hasEnded() && !startup.hasFailed())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
