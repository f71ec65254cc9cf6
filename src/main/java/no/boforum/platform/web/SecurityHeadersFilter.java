package no.boforum.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that every response carries. Pages (not static resources) also say that they differ by
 * language cookie and browser language, and must be revalidated, so that no cache serves a page in
 * the wrong language. A request with a session (someone logged in, or a form in progress) gets
 * {@code no-store} on pages and API answers alike, whatever the page or resource would have said:
 * no copy of what a logged-in user saw stays in a cache or on a shared computer's disk. Under HTTPS
 * (as the proxy's forwarded protocol tells Payara) browsers are told to keep to HTTPS. Mapped in
 * web.xml, where the order of filters is fixed.
 */
public class SecurityHeadersFilter extends HttpFilter {
  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(),"
          + " magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";
  static final String HSTS = "max-age=31536000; includeSubDomains";
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
  private static final String CACHE_CONTROL = "Cache-Control";
  private static final String NO_STORE = "no-store";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    setFixed(req, res);
    if (req.getRequestURI().startsWith(req.getContextPath() + "/jakarta.faces.resource/")) {
      // An address that names its content's version (VersionedResources, PrimeFaces' own) never
      // changes its content: a browser keeps it for a year.
      chain.doFilter(
          req,
          req.getParameter(VersionedResources.PARAMETER) == null
              ? res
              : new FixedCacheControl(res, IMMUTABLE));
      return;
    }
    res.setHeader("Vary", "Cookie, Accept-Language");
    if (isData(req)) {
      // JSON, feeds and files are never pages: nothing in them may run or be framed. Pages get
      // their policy, with its nonce, from PrimeFaces (two policies would both apply).
      res.setHeader("Content-Security-Policy", DATA_POLICY);
    }
    if (req.getRequestedSessionId() != null) {
      res.setHeader(CACHE_CONTROL, NO_STORE);
      chain.doFilter(req, new FixedCacheControl(res, NO_STORE));
    } else {
      res.setHeader(CACHE_CONTROL, "no-cache, private");
      chain.doFilter(req, res);
    }
  }

  /**
   * The headers every answer carries, whatever it is; set again by a filter that resets an answer
   * after this filter ran ({@link UnavailableFilter}).
   */
  static void setFixed(HttpServletRequest req, HttpServletResponse res) {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS);
    }
  }

  private static boolean isData(HttpServletRequest req) {
    String path = req.getServletPath();
    return path.equals("/api") || path.equals("/feeds") || path.startsWith("/files");
  }

  /** Keeps one {@code Cache-Control}, whatever a page or resource sets after it. */
  private static final class FixedCacheControl extends HttpServletResponseWrapper {
    private final String value;

    FixedCacheControl(HttpServletResponse response, String value) {
      super(response);
      this.value = value;
      response.setHeader(CACHE_CONTROL, value);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void reset() {
      super.reset();
      super.setHeader(CACHE_CONTROL, value);
    }
  }
}
