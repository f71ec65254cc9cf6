package no.boforum.practice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves {@code /practices/<slug>}, a link that can be shared, from {@code practice.xhtml}. */
@WebFilter(urlPatterns = "/practices/*")
public class PracticeUrlFilter extends HttpFilter {
  private static final Pattern PATH = Pattern.compile("/practices/([a-z0-9-]+)/?");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Matcher m = PATH.matcher(path);
    if (m.matches()) {
      req.getRequestDispatcher("/practice.xhtml?slug=" + m.group(1)).forward(req, res);
    } else if (path.equals("/practices") || path.equals("/practices/")) {
      res.sendRedirect(req.getContextPath() + "/search");
    } else {
      res.sendError(404);
    }
  }
}
