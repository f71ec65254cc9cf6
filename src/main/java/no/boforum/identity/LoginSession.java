package no.boforum.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The link between an HTTP session and a logged-in user: the user's id in a session attribute,
 * which {@link no.boforum.identity.web.SessionAuthenticationMechanism} turns into the caller
 * principal on every request. Logging in changes the session id (against session fixation).
 */
public final class LoginSession {
  public static final String USER_ID = "boforum.userId";

  private LoginSession() {}

  public static void establish(HttpServletRequest request, long userId) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      session = request.getSession(true);
    } else {
      request.changeSessionId();
    }
    session.setAttribute(USER_ID, userId);
  }

  public static Long userId(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(USER_ID) instanceof Long id ? id : null;
  }

  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The client's address for throttling and the audit log. */
  public static String address(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
