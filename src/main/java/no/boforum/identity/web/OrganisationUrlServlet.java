package no.boforum.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /organisations} (the list), {@code /organisations/<slug>} (links to share) and
 * {@code /organisations/<slug>/edit} (for its admins).
 */
@WebServlet(urlPatterns = "/organisations/*")
public class OrganisationUrlServlet extends HttpServlet {
  private static final Pattern SLUG = Pattern.compile("/([a-z0-9-]+)/?");
  private static final Pattern EDIT = Pattern.compile("/([a-z0-9-]+)/edit");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    Matcher edit = path == null ? null : EDIT.matcher(path);
    if (edit != null && edit.matches()) {
      req.getRequestDispatcher("/organisation-edit.xhtml?slug=" + edit.group(1)).forward(req, res);
      return;
    }
    Matcher m = path == null ? null : SLUG.matcher(path);
    if (m != null && m.matches()) {
      req.getRequestDispatcher("/organisation.xhtml?slug=" + m.group(1)).forward(req, res);
    } else if (path == null || path.equals("/")) {
      String query = req.getQueryString() == null ? "" : "?" + req.getQueryString();
      req.getRequestDispatcher("/organisations.xhtml" + query).forward(req, res);
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    doGet(req, res);
  }
}
