package no.boforum.platform.health;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The public face of the health checks, for load balancers: {@code /health/live}, {@code
 * /health/ready} and {@code /health} (both) answer 200 {@code {"status":"UP"}} or 503 {@code
 * {"status":"DOWN"}} from the same checks, and nothing more. The checks' details (outbox counts,
 * errors) are Payara's, at {@code /health-details} on the management port only, as are the metrics
 * (docs/decisions/0027).
 */
@WebServlet(urlPatterns = {"/health", "/health/live", "/health/ready"})
public class HealthStatusServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(HealthStatusServlet.class.getName());

  @Inject @Liveness Instance<HealthCheck> liveness;
  @Inject @Readiness Instance<HealthCheck> readiness;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    boolean up =
        switch (req.getServletPath()) {
          case "/health/live" -> allUp(liveness);
          case "/health/ready" -> allUp(readiness);
          default -> allUp(liveness) && allUp(readiness);
        };
    res.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  private static boolean allUp(Instance<HealthCheck> checks) {
    for (HealthCheck check : checks) {
      try {
        if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
          return false;
        }
      } catch (RuntimeException e) {
        // A check that fails is DOWN, as MicroProfile Health counts it; the reason is logged here
        // because the public answer does not say it.
        LOG.log(Level.WARNING, "Health check " + check.getClass().getName() + " failed", e);
        return false;
      }
    }
    return true;
  }
}
