package no.boforum.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses a request names and a response gives, held to the configured public address ({@code
 * boforum.public-url}), first of all filters:
 *
 * <ul>
 *   <li>A session id in the address ({@code ;jsessionid=}) is no session: the session is the
 *       cookie's only. Such a request is sent to the same address without it, and sees nothing of
 *       the session it named.
 *   <li>A redirect never leads where the {@code Host} header says: a relative one is made absolute
 *       on the public address, and an absolute one the container or JAX-RS built from the request's
 *       host is moved onto it. Redirects to other sites (an identity provider) stay as they are.
 * </ul>
 */
public class AddressFilter extends HttpFilter {
  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String origin = origin(URI.create(PublicUrls.base(publicUrl)));
    if (req.isRequestedSessionIdFromURL()) {
      // The container took the id from the address (and left it out of getRequestURI).
      String query = req.getQueryString();
      res.setStatus(HttpServletResponse.SC_SEE_OTHER);
      res.setHeader(
          "Location",
          origin + withoutSessionId(req.getRequestURI()) + (query == null ? "" : "?" + query));
      return;
    }
    chain.doFilter(req, new OnPublicAddress(res, origin, req));
  }

  /** The address without its {@code ;jsessionid=…} path parameters. */
  static String withoutSessionId(String uri) {
    return uri.replaceAll("(?i);jsessionid=[^;/?#]*", "");
  }

  /** {@code scheme://host[:port]} of an absolute address. */
  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /**
   * {@code location} on the public address: a path on it, an address the request's host was used
   * for moved onto it; anything else (another site) as it is.
   */
  static String onPublicAddress(String location, String origin, HttpServletRequest req) {
    if (location == null || location.isEmpty()) {
      return location;
    }
    URI target;
    try {
      target = URI.create(location);
    } catch (IllegalArgumentException e) {
      return location;
    }
    if (!target.isAbsolute()) {
      if (location.startsWith("//")) {
        return location; // another site, scheme-relative: not built from the request
      }
      URI here = URI.create(origin + req.getRequestURI());
      return location.startsWith("/") ? origin + location : here.resolve(target).toString();
    }
    String requestHost = req.getServerName() + ":" + req.getServerPort();
    int port =
        target.getPort() >= 0 ? target.getPort() : "https".equals(target.getScheme()) ? 443 : 80;
    boolean fromRequest =
        target.getHost() != null && (target.getHost() + ":" + port).equalsIgnoreCase(requestHost);
    if (!fromRequest || origin(target).equalsIgnoreCase(origin)) {
      return location;
    }
    String rest = target.getRawPath() == null ? "" : target.getRawPath();
    if (target.getRawQuery() != null) {
      rest += "?" + target.getRawQuery();
    }
    if (target.getRawFragment() != null) {
      rest += "#" + target.getRawFragment();
    }
    return origin + rest;
  }

  /** A response whose redirects go to the public address. */
  private static final class OnPublicAddress extends HttpServletResponseWrapper {
    private final String origin;
    private final HttpServletRequest req;

    OnPublicAddress(HttpServletResponse res, String origin, HttpServletRequest req) {
      super(res);
      this.origin = origin;
      this.req = req;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(onPublicAddress(location, origin, req));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isLocation(name) ? onPublicAddress(value, origin, req) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, isLocation(name) ? onPublicAddress(value, origin, req) : value);
    }

    private static boolean isLocation(String name) {
      return "Location".equalsIgnoreCase(name);
    }
  }
}
