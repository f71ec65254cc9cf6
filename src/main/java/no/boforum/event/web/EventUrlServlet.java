package no.boforum.event.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the event addresses, links that can be shared: {@code /events} (the calendar), {@code
 * /events/new}, {@code /events/cancel?token=…} (a mailed cancellation link), {@code /events/<slug>}
 * and the event's own pages {@code /events/<slug>/edit}, {@code participants}, {@code check-in} and
 * {@code close}, from the views under {@code webapp/event/} (which {@link EventViewsFilter} closes
 * to direct requests).
 */
// Mapped to "/events" itself too: no file is named events.xhtml at the root, so the Faces
// servlet's extensionless mapping does not claim that exact path.
@WebServlet(urlPatterns = {"/events", "/events/*"})
public class EventUrlServlet extends HttpServlet {
  static final String VIEWS = "/event/";
  private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+)(?:/([a-z-]+))?/?");

  /** Pages of an event, by the last part of their address. */
  private static final Map<String, String> EVENT_PAGES =
      Map.of(
          "edit", "event-edit.xhtml",
          "participants", "participants.xhtml",
          "check-in", "check-in.xhtml",
          "close", "close.xhtml");

  /** Pages of the feature at the place of a slug (EventEditing keeps these slugs free). */
  private static final Map<String, String> FEATURE_PAGES =
      Map.of("new", "event-edit.xhtml", "cancel", "cancel.xhtml");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  /** The forms of the event page and the editor post back to the address they were shown at. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  private void forward(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      req.getRequestDispatcher(VIEWS + "events.xhtml").forward(req, res);
      return;
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = m.group(1);
    String page = m.group(2);
    if (page == null && FEATURE_PAGES.containsKey(slug)) {
      req.getRequestDispatcher(VIEWS + FEATURE_PAGES.get(slug)).forward(req, res);
      return;
    }
    String view = page == null ? "event.xhtml" : EVENT_PAGES.get(page);
    if (view == null || getServletContext().getResource(VIEWS + view) == null) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.getRequestDispatcher(VIEWS + view + "?slug=" + slug).forward(req, res);
  }
}
