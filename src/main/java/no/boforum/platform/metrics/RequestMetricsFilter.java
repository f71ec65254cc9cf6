package no.boforum.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts and times every request, first of all filters (so a page served from the cache, a redirect
 * and a refusal count too): {@link RequestMetrics} records it under the request's {@link
 * RequestFamily} and its status class. A request that throws counts as 5xx, as the container will
 * answer it.
 */
public class RequestMetricsFilter extends HttpFilter {
  @Inject RequestMetrics metrics;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    try {
      chain.doFilter(req, res);
      status = res.getStatus();
    } finally {
      String path = req.getRequestURI().substring(req.getContextPath().length());
      metrics.record(RequestFamily.of(path), status, Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
