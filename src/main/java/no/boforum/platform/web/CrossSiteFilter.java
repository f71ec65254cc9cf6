package no.boforum.platform.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.text.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request that changes something when another site made the browser send it (decision
 * 0028). SameSite=Lax keeps the session cookie from cross-site posts, but not from a page on
 * another port of the same host or on a sibling subdomain: those are the same <em>site</em>. So,
 * for every method but GET, HEAD, OPTIONS and TRACE:
 *
 * <ul>
 *   <li>an {@code Origin} header (every current browser sends one with such a request) must be the
 *       portal's own: the configured public address, or the address the request was made to;
 *   <li>without one, {@code Sec-Fetch-Site} must say {@code same-origin} (or {@code none});
 *   <li>without either, a {@code Referer}, if there is one, must be from the portal's own origin;
 *   <li>without any of them, a request with a session cookie is refused, except one to the API with
 *       JSON or no body: a program that holds a session, which no form can imitate.
 * </ul>
 *
 * Pages answer with the 403 page, the API with its JSON error. Mapped in web.xml after the language
 * filter.
 */
public class CrossSiteFilter extends HttpFilter {

  private static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  /** Tells the 403 page why: a request attribute, read there. */
  static final String CROSS_SITE = "boforum.crossSite";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Inject Language language;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SafeMethods.contains(req.getMethod()) || fromThisSite(req)) {
      chain.doFilter(req, res);
      return;
    }
    refuse(req, res);
  }

  boolean fromThisSite(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin != null) {
      return ownOrigin(origin, req);
    }
    String site = req.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String referer = req.getHeader("Referer");
    if (referer != null) {
      return ownOrigin(originOf(referer), req);
    }
    if (!hasSessionCookie(req)) {
      return true; // nothing a cookie would authorise
    }
    // No sign of where it came from, with a session: a program may write to the API with JSON
    // or no body; a page's form (whose view state is no token on a stateless page) may not.
    return LanguageFilter.isApi(req) && !formContent(req);
  }

  private boolean ownOrigin(String origin, HttpServletRequest req) {
    if (origin == null) {
      return false;
    }
    String asked = origin.toLowerCase(Locale.ROOT);
    return asked.equals(originOf(PublicUrls.base(publicUrl))) || asked.equals(requestOrigin(req));
  }

  /** {@code scheme://host[:port]} of an address, lower case; null when it has none ("null"). */
  static String originOf(String address) {
    try {
      URI uri = URI.create(address.strip());
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
      if (authority.contains("@")) {
        return null;
      }
      return scheme + "://" + withoutDefaultPort(scheme, authority);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String withoutDefaultPort(String scheme, String authority) {
    if (scheme.equals("http") && authority.endsWith(":80")) {
      return authority.substring(0, authority.length() - 3);
    }
    if (scheme.equals("https") && authority.endsWith(":443")) {
      return authority.substring(0, authority.length() - 4);
    }
    return authority;
  }

  /**
   * The origin the browser addressed: a forged Host can only come from a program, which needs no
   * cross-site protection.
   */
  private static String requestOrigin(HttpServletRequest req) {
    String host = req.getHeader("Host");
    return host == null ? null : originOf(req.getScheme() + "://" + host);
  }

  private static boolean hasSessionCookie(HttpServletRequest req) {
    return req.getRequestedSessionId() != null;
  }

  private static boolean formContent(HttpServletRequest req) {
    String type = req.getContentType();
    if (type == null) {
      return false;
    }
    String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return FORM_TYPES.contains(bare);
  }

  private void refuse(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!LanguageFilter.isApi(req)) {
      req.setAttribute(CROSS_SITE, Boolean.TRUE);
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    String message = Messages.format(language.getLocale(), "request.crossSite");
    res.getWriter().write(JSON.toJson(new ApiError(HttpServletResponse.SC_FORBIDDEN, message)));
  }
}
