package no.boforum.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.notification.Inbox;
import no.boforum.notification.NotificationAction;

/**
 * {@code /my/notifications/open?id=}: goes to the subject of the caller's notification, as the
 * list's links once did (a bookmark or an old page still works); another's or an unknown one goes
 * back to the list. A GET changes nothing (issue 18): the list's buttons mark read with a post.
 */
@WebServlet("/my/notifications/open")
public class OpenNotificationServlet extends HttpServlet {
  @Inject Inbox inbox;
  @Inject Authorization authorization;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long me = authorization.require(NotificationAction.READ_OWN).userId();
    Optional<String> link = Optional.empty();
    try {
      link = inbox.link(me, Long.parseLong(String.valueOf(req.getParameter("id")).strip()));
    } catch (NumberFormatException e) {
      // an edited address: back to the list
    }
    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    resp.setHeader("Location", req.getContextPath() + link.orElse("/my/notifications"));
  }
}
