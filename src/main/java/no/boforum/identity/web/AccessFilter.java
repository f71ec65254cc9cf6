package no.boforum.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.boforum.identity.Authorization;

/**
 * Closes the guarded areas before any page runs: each page under {@code /admin/} and {@code /my/}
 * needs the action that its feature's {@link no.boforum.identity.Policy#pages()} names; a page no
 * policy names needs {@link no.boforum.identity.Area#ADMINISTRATION}. A visitor who is not logged
 * in is sent to the login page and back; a logged-in user who may not gets the 403 page. Declared
 * in web.xml after the language filter.
 */
public class AccessFilter extends HttpFilter {
  @Inject Authorization authorization;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // The decoded path, as the container matched it: "/%61dmin/audit" is "/admin/audit" here.
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    switch (authorization.decidePage(path)) {
      case ALLOWED -> chain.doFilter(req, res);
      case NOT_AUTHENTICATED -> res.sendRedirect(loginUrl(req));
      case FORBIDDEN -> res.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  static String loginUrl(HttpServletRequest req) {
    String asked = req.getRequestURI().substring(req.getContextPath().length());
    if (req.getQueryString() != null) {
      asked += "?" + req.getQueryString();
    }
    return req.getContextPath() + "/login?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
  }
}
