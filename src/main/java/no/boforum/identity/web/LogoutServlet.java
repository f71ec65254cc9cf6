package no.boforum.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.boforum.identity.EndedLogins;
import no.boforum.identity.LoginService;
import no.boforum.identity.LoginSession;

/** {@code POST /logout} from the button in the header: ends the session, back to the front page. */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {
  @Inject LoginService logins;
  @Inject EndedLogins endedLogins;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Long userId = LoginSession.userId(req);
    if (userId != null) {
      logins.recordLogout(userId, LoginSession.address(req));
    }
    endedLogins.logOut(req, res);
    res.sendRedirect(req.getContextPath() + "/?loggedOut=true");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.sendRedirect(req.getContextPath() + "/");
  }
}
