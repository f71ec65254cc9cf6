package no.boforum.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.boforum.platform.ApplicationStartup;

/**
 * While the start-up sequence runs (schema, imports, search set-up), Payara already hands requests
 * to the application, whose pages cannot yet be rendered. Until the sequence has ended, every
 * request but the health checks gets {@code 503} with {@code Retry-After} and a plain page (or, on
 * the API, a JSON error) in the visitor's language, never a server error. Mapped in web.xml right
 * after the security headers.
 */
public class StartingFilter extends HttpFilter {
  static final int RETRY_AFTER_SECONDS = 5;

  @Inject ApplicationStartup startup;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (startup.hasEnded() || isHealth(req)) {
      chain.doFilter(req, res);
      return;
    }
    PlainPage.unavailable(req, res, "starting", RETRY_AFTER_SECONDS);
  }

  private static boolean isHealth(HttpServletRequest req) {
    return req.getServletPath().startsWith("/health");
  }
}
