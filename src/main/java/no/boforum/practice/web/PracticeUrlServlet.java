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
 * Serves the practice addresses, links that can be shared: {@code /practices/} (the list), {@code
 * /practices/<slug>}, {@code /practices/<slug>/edit} and {@code /practices/<slug>/history}. A
 * servlet rather than a filter, so that every filter (language, headers) has run before it.
 */
// Not mapped to "/practices" itself: the Faces servlet's extensionless mapping serves that address
// from practices.xhtml, and two servlets on one exact path would stop the deployment.
@WebServlet(urlPatterns = "/practices/*")
public class PracticeUrlServlet extends HttpServlet {
  private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+)(?:/(edit|history))?/?");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  /** The forms on the practice, editor and history pages post back to the same address. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  private void forward(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      req.getRequestDispatcher("/practices.xhtml").forward(req, res);
      return;
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String page =
        m.group(2) == null
            ? "/practice.xhtml"
            : m.group(2).equals("edit") ? "/practice-edit.xhtml" : "/practice-history.xhtml";
    req.getRequestDispatcher(page + "?slug=" + m.group(1)).forward(req, res);
  }
}
