package no.boforum.matching.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the addresses of needs and offers, links that can be shared: {@code /matching} (the
 * board), {@code /matching/new?side=need|offer}, {@code /matching/<id>-<slug>} (or only the id, as
 * search links it) and {@code /matching/<id>/edit}, from the views under {@code webapp/match/},
 * which {@link MatchingViewsFilter} closes to direct requests (decision 0013).
 */
@WebServlet(urlPatterns = {"/matching", "/matching/*"})
public class MatchingUrlServlet extends HttpServlet {
  static final String VIEWS = "/match/";
  private static final Pattern POSTING = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/?");
  private static final Pattern EDIT = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/edit/?");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  /** The forms post back to their own address. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  private void forward(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      req.getRequestDispatcher(VIEWS + "board.xhtml").forward(req, res);
      return;
    }
    if (path.equals("/new")) {
      req.getRequestDispatcher(VIEWS + "posting-edit.xhtml").forward(req, res);
      return;
    }
    Matcher edit = EDIT.matcher(path);
    if (edit.matches()) {
      req.getRequestDispatcher(VIEWS + "posting-edit.xhtml?id=" + edit.group(1)).forward(req, res);
      return;
    }
    Matcher posting = POSTING.matcher(path);
    if (!posting.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.getRequestDispatcher(VIEWS + "posting.xhtml?id=" + posting.group(1)).forward(req, res);
  }
}
