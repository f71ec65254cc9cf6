package no.boforum.practice.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /practices/<slug>}, a link that can be shared, from {@code practice.xhtml}. A
 * servlet rather than a filter, so that every filter (language, headers) has run before it.
 */
@WebServlet(urlPatterns = "/practices/*")
public class PracticeUrlServlet extends HttpServlet {
  private static final Pattern SLUG = Pattern.compile("/([a-z0-9-]+)/?");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    Matcher m = path == null ? null : SLUG.matcher(path);
    if (m != null && m.matches()) {
      req.getRequestDispatcher("/practice.xhtml?slug=" + m.group(1)).forward(req, res);
    } else if (path == null || path.equals("/")) {
      res.sendRedirect(req.getContextPath() + "/search");
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
