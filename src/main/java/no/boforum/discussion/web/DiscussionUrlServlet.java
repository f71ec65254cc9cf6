package no.boforum.discussion.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.platform.web.Language;

/**
 * Serves the discussion addresses, links that can be shared: {@code /discussions} (the lists),
 * {@code /discussions/new} and {@code /discussions/<id>-<slug>} (or only the id, as search links
 * it), and the moderators' {@code /moderation}, from the views under {@code webapp/discussion/},
 * which {@link DiscussionViewsFilter} closes to direct requests (decision 0013); and the Atom feeds
 * {@code /discussions/feed.atom[?category=<code>]} and {@code /discussions/<id>-<slug>/feed.atom}
 * ({@link DiscussionFeeds}, decision 0017).
 */
// Mapped to "/discussions" itself too: no file is named discussions.xhtml at the root.
// "/moderation" is the moderators' queue (its area: the access filter guards it, decision 0009).
@WebServlet(urlPatterns = {"/discussions", "/discussions/*", "/moderation"})
public class DiscussionUrlServlet extends HttpServlet {
  static final String VIEWS = "/discussion/";
  private static final Pattern THREAD = Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/?");
  private static final Pattern THREAD_FEED =
      Pattern.compile("/(\\d{1,18})(?:-[a-z0-9-]*)?/feed\\.atom");
  static final String FEED = "/feed.atom";

  @Inject DiscussionFeeds feeds;
  @Inject Language language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    if (req.getPathInfo() != null && req.getPathInfo().endsWith(FEED)) {
      feed(req, res);
      return;
    }
    forward(req, res);
  }

  private void feed(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher thread = THREAD_FEED.matcher(req.getPathInfo());
    Optional<String> atom =
        req.getPathInfo().equals(FEED)
            ? feeds.category(req.getParameter("category"), language.getLocale())
            : thread.matches()
                ? feeds.thread(Long.parseLong(thread.group(1)), language.getLocale())
                : Optional.empty();
    if (atom.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType("application/atom+xml;charset=UTF-8");
    res.getWriter().write(atom.get());
  }

  /** The forms of the thread page and the new thread post back to their own address. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    forward(req, res);
  }

  private void forward(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    if (req.getServletPath().equals("/moderation")) {
      req.getRequestDispatcher(VIEWS + "moderation.xhtml").forward(req, res);
      return;
    }
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      req.getRequestDispatcher(VIEWS + "discussions.xhtml").forward(req, res);
      return;
    }
    if (path.equals("/new")) {
      req.getRequestDispatcher(VIEWS + "thread-new.xhtml").forward(req, res);
      return;
    }
    Matcher m = THREAD.matcher(path);
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.getRequestDispatcher(VIEWS + "thread.xhtml?id=" + m.group(1)).forward(req, res);
  }
}
