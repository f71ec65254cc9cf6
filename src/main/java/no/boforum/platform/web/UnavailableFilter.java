package no.boforum.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.boforum.platform.db.DatabaseFailures;

/**
 * While the database cannot be reached (stopped, restarting), a request that needed it gets {@code
 * 503} with {@code Retry-After} and a plain "temporarily unavailable" page (or a JSON error on the
 * API), not the server error page: that page's layout needs the database too. Nothing is kept of
 * the failed request's work: its transaction was not committed. The connection pool validates
 * connections (BoforumDataSource), so the portal recovers by itself once the database is back.
 * Mapped in web.xml right after the start-up filter, before every filter that reads the database.
 */
public class UnavailableFilter extends HttpFilter {
  static final int RETRY_AFTER_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());
  private static final Pattern CALENDAR_FEED = Pattern.compile("/api/calendar/[^/]*\\.ics$");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseFailures.unreachable(e) || res.isCommitted()) {
        throw e;
      }
      DatabaseFailures.logOutage(LOG, loggable(req.getRequestURI()), e);
      // reset() drops every header, the security headers too: they are set again (the page sets
      // its own policy and Cache-Control).
      res.reset();
      SecurityHeadersFilter.setFixed(req, res);
      PlainPage.unavailable(req, res, "unavailable", RETRY_AFTER_SECONDS);
    }
  }

  /** The address as a log may show it: a personal calendar feed's is its secret. */
  static String loggable(String uri) {
    return CALENDAR_FEED.matcher(uri).replaceFirst("/api/calendar/-.ics");
  }
}
