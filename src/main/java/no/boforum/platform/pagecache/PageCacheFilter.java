package no.boforum.platform.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.boforum.platform.web.CspNonce;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.SafeMethods;

/**
 * Serves the public pages to visitors without a session from {@link PageCache}, and keeps them
 * there (decision 0035). A page is kept only when it was asked for with {@code GET} by a visitor
 * with no session and no cookie but the language's, at an address of {@link #PAGES}, and answered
 * {@code 200} with HTML, no cookie and no session made, and nothing missing for a failure ({@link
 * PageCache#incomplete}). It is kept by address and language, and each answer from the cache gets a
 * fresh CSP nonce in its policy and body. Every answer of such a page carries a weak {@code ETag};
 * a request that names it gets {@code 304} (without a policy, so the browser keeps the one that
 * goes with its copy).
 *
 * <p>Any other method may write: before its answer reaches the client ({@link SettlingResponse}),
 * every page is dropped if it wrote to the database, unless what it changed was announced and
 * dropped already ({@link PageCache#endWrite}). Mapped in web.xml after the filters that answer for
 * themselves (language, cross-site, access).
 */
public class PageCacheFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());

  /** Says how the page was answered: {@code hit} or {@code miss}. */
  static final String STATUS = "X-Page-Cache";

  /** The addresses of the pages that may be kept: public pages that are the same for everyone. */
  static final Pattern PAGES =
      Pattern.compile(
          "/|/index\\.xhtml|/search|/search\\.xhtml"
              + "|/practices/?|/practices\\.xhtml|/practices/[a-z0-9-]+/?"
              + "|/organisations/?|/organisations\\.xhtml|/organisations/[a-z0-9-]+/?"
              + "|/events/?|/events/(?!(?:new|cancel)/?$)[a-z0-9-]+/?"
              + "|/discussions/?|/discussions/\\d{1,18}(?:-[a-z0-9-]*)?/?");

  private static final Set<String> NOT_KEPT =
      Set.of(
          "set-cookie",
          "date",
          "transfer-encoding",
          "content-length",
          "etag",
          STATUS.toLowerCase(Locale.ROOT));

  @Inject PageCache cache;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!cache.isOn()) {
      chain.doFilter(req, res);
      return;
    }
    if (!SafeMethods.contains(req.getMethod())) {
      PageCache.Write write = cache.beginWrite();
      SettlingResponse answer = new SettlingResponse(res, () -> cache.endWrite(write));
      try {
        chain.doFilter(req, answer);
      } finally {
        answer.settle();
      }
      return;
    }
    if (!isKeepable(req)) {
      chain.doFilter(req, res);
      return;
    }
    String query = req.getQueryString();
    String key =
        Language.resolve(req) + " " + req.getRequestURI() + (query == null ? "" : "?" + query);
    Optional<CachedPage> kept = cache.find(key);
    if (kept.isPresent()) {
      send(req, res, kept.get(), "hit");
      return;
    }
    long ticket = cache.ticket();
    CapturingResponse capture = new CapturingResponse(res);
    PageCache.Render render = cache.beginRender();
    try {
      chain.doFilter(req, capture);
      capture.finish();
    } finally {
      cache.endRender();
    }
    if (!capture.isHeldBack()) {
      return;
    }
    byte[] body = capture.body();
    if (!capture.isKeepable()
        || render.isIncomplete()
        || req.getSession(false) != null
        || res.getContentType() == null
        || !res.getContentType().startsWith("text/html")) {
      res.getOutputStream().write(body);
      return;
    }
    try {
      String nonce = CspNonce.in(res.getHeader("Content-Security-Policy"));
      CachedPage page =
          CachedPage.of(body, nonce, kept(capture), PageCache.tagOf(req), render.everyAnswer());
      cache.keep(key, ticket, page);
      res.setHeader(STATUS, "miss");
      res.setHeader("ETag", page.etag());
    } catch (RuntimeException e) {
      // The cache is a saving, never the page's failure: the page goes out as rendered.
      LOG.log(Level.WARNING, "A page was not kept: " + key, e);
    }
    // Always the whole page here: a 304 would carry this render's policy, whose nonce is not the
    // one in the browser's copy.
    res.getOutputStream().write(body);
  }

  /** A reading request of a visitor with no session, for an address of {@link #PAGES}. */
  static boolean isKeepable(HttpServletRequest req) {
    if (!"GET".equals(req.getMethod())
        || req.getRequestedSessionId() != null
        || req.getHeader("Authorization") != null) {
      return false;
    }
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (!Language.COOKIE.equals(c.getName())) {
          return false;
        }
      }
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return PAGES.matcher(path).matches();
  }

  private static void send(
      HttpServletRequest req, HttpServletResponse res, CachedPage page, String how)
      throws IOException {
    boolean notModified = matches(req.getHeader("If-None-Match"), page.etag());
    String nonce = CspNonce.fresh();
    for (Map.Entry<String, List<String>> h : page.headers()) {
      if (notModified && h.getKey().equalsIgnoreCase("Content-Security-Policy")) {
        // The browser's copy goes with the policy it came with.
        continue;
      }
      boolean first = true;
      for (String value : h.getValue()) {
        String v = CachedPage.withNonce(value, nonce);
        if (h.getKey().equals("Content-Type")) {
          res.setContentType(v);
        } else if (first) {
          res.setHeader(h.getKey(), v);
          first = false;
        } else {
          res.addHeader(h.getKey(), v);
        }
      }
    }
    res.setHeader(STATUS, how);
    res.setHeader("ETag", page.etag());
    page.answered();
    if (notModified) {
      res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    page.writeTo(res.getOutputStream(), nonce);
  }

  /** The headers the page set, those of one answer only left out. */
  private static List<Map.Entry<String, List<String>>> kept(CapturingResponse capture) {
    List<Map.Entry<String, List<String>>> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> h : capture.pageHeaders()) {
      if (!NOT_KEPT.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        headers.add(h);
      }
    }
    return headers;
  }

  /** Whether {@code If-None-Match} names {@code etag}, by weak comparison. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }
}
