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
 * search links it), {@code /matching/<id>/edit}, and the conversations: {@code
 * /matching/<id>/contact} (get in touch), {@code /matching/<id>/conversations/<cid>} and {@code
 * /matching/conversations/flagged} (moderators), from the views under {@code webapp/match/}, which
 * {@link MatchingViewsFilter} closes to direct requests (decision 0013).
 */
@WebServlet(urlPatterns = {"/matching", "/matching/*"})
public class MatchingUrlServlet extends HttpServlet {
  static final String VIEWS = "/match/";
  private static final Pattern POSTING = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/?");
  private static final Pattern EDIT = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/edit/?");
  private static final Pattern CONTACT = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/contact/?");
  private static final Pattern CONVERSATION =
      Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/conversations/(\\d{1,18})/?");

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
    if (conversations(req, res, path)) {
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

  /** The addresses of conversations; true if {@code path} was one of them. */
  private static boolean conversations(HttpServletRequest req, HttpServletResponse res, String path)
      throws IOException, ServletException {
    String view = null;
    if (path.equals("/conversations/flagged") || path.equals("/conversations/flagged/")) {
      view = "flagged-conversations.xhtml";
    }
    Matcher contact = CONTACT.matcher(path);
    if (contact.matches()) {
      view = "contact.xhtml?id=" + contact.group(1);
    }
    Matcher conversation = CONVERSATION.matcher(path);
    if (conversation.matches()) {
      view = "conversation.xhtml?id=" + conversation.group(1) + "&cid=" + conversation.group(2);
    }
    if (view == null) {
      return false;
    }
    req.getRequestDispatcher(VIEWS + view).forward(req, res);
    return true;
  }
}
