package no.boforum.matching.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The views of needs and offers are files under {@code webapp/match/}, reached only through {@link
 * MatchingUrlServlet}'s forward: asked for by their own path they are not found, so that each page
 * has one address. A filter runs for requests, not for forwards, by default.
 */
@WebFilter(urlPatterns = "/match/*")
public class MatchingViewsFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
