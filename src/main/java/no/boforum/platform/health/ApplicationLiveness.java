package no.boforum.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.ApplicationStartup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless start-up gave up (the schema could not be migrated), which only a restart mends. A
 * database that is down for a while is a readiness matter, not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
  @Inject ApplicationStartup startup;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("application").status(!startup.hasFailed()).build();
  }
}
