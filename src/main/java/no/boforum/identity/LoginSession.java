package no.boforum.identity;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The link between an HTTP session and a logged-in user: the user's id in a session attribute,
 * which {@link no.boforum.identity.web.SessionAuthenticationMechanism} turns into the caller
 * principal on every request. Logging in changes the session id (against session fixation).
 */
public final class LoginSession {
  public static final String USER_ID = "boforum.userId";
  static final String EPOCH = "boforum.sessionEpoch";

  /** A random key of this login, recorded when it ends ({@link EndedLogins}). */
  static final String LOGIN_KEY = "boforum.loginKey";

  /** When the login was made (epoch milliseconds). */
  static final String LOGGED_IN_AT = "boforum.loggedInAt";

  /**
   * The longest a login lasts, however busy: shorter than {@link EndedLogins#KEEP}, so that no copy
   * of a session outlives the record of its logout (decision 0045).
   */
  static final Duration LONGEST = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();

  private LoginSession() {}

  /**
   * Logs the user in on this request's session, recording the account's session epoch as it is at
   * the login: a password reset before the session's first use ends it too.
   */
  public static void establish(HttpServletRequest request, long userId, int sessionEpoch) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      session = request.getSession(true);
    } else {
      request.changeSessionId();
    }
    session.setAttribute(USER_ID, userId);
    session.setAttribute(EPOCH, sessionEpoch);
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    session.setAttribute(LOGIN_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    session.setAttribute(LOGGED_IN_AT, System.currentTimeMillis());
  }

  /** Whether this request's login is younger than {@link #LONGEST} at {@code nowMillis}. */
  static boolean young(HttpServletRequest request, long nowMillis) {
    HttpSession session = request.getSession(false);
    return session != null
        && session.getAttribute(LOGGED_IN_AT) instanceof Long at
        && nowMillis - at < LONGEST.toMillis();
  }

  /** The key of the login this request's session holds, or null. */
  static String loginKey(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(LOGIN_KEY) instanceof String key ? key : null;
  }

  /**
   * Whether the session belongs to the account's current epoch: the one recorded at the login. A
   * password reset raises the account's, which ends every older session, used or not; a session
   * without a recorded epoch (begun before epochs were recorded at login) is over as well.
   */
  static boolean currentEpoch(HttpServletRequest request, int accountEpoch) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    return Integer.valueOf(accountEpoch).equals(session.getAttribute(EPOCH));
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

  /**
   * Ends the session, as {@link #end(HttpServletRequest)}, and has the browser drop the session
   * cookies the request carried: the session cookie and the {@code VERSION} cookie that Payara sets
   * beside it when sessions are shared in the cluster (decision 0038). A visitor who logged out
   * then sends no cookie but the language's, and is served from the page cache again.
   */
  public static void end(HttpServletRequest request, HttpServletResponse response) {
    end(request);
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    String name = config.getName() == null ? "JSESSIONID" : config.getName();
    String path =
        config.getPath() != null
            ? config.getPath()
            : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return;
    }
    for (Cookie carried : cookies) {
      if (carried.getName().equals(name) || carried.getName().equals(name + "VERSION")) {
        Cookie gone = new Cookie(carried.getName(), "");
        gone.setPath(path);
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        gone.setSecure(request.isSecure());
        gone.setAttribute("SameSite", "Lax");
        response.addCookie(gone);
      }
    }
  }

  /**
   * The client's address for throttling and the audit log. Behind a reverse proxy listed in {@code
   * boforum.trusted-proxies}, the nearest address in {@code X-Forwarded-For} that is not such a
   * proxy; a header from anyone else is ignored, since a client could write it.
   */
  public static String address(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    Set<String> trusted = trustedProxies();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop.length() <= 45 ? hop : remote;
      }
    }
    return remote;
  }

  private static Set<String> trustedProxies() {
    return ConfigProvider.getConfig()
        .getOptionalValue("boforum.trusted-proxies", String.class)
        .map(list -> Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
