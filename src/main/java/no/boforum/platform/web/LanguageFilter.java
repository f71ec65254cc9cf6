package no.boforum.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Takes a {@code lang} parameter on any page: remembers the choice in a cookie and redirects to the
 * same address without it, so that shared links carry no language of their own. Mapped in web.xml,
 * where the order of filters is fixed.
 */
public class LanguageFilter extends HttpFilter {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String lang = req.getParameter("lang");
    if (lang != null && "GET".equals(req.getMethod()) && !isApi(req) && !isFeed(req)) {
      if (Language.SUPPORTED.contains(lang)) {
        res.addCookie(cookie(req, lang));
      }
      String kept = withoutLang(req.getQueryString());
      res.sendRedirect(safePath(req.getRequestURI()) + (kept.isEmpty() ? "" : "?" + kept));
      return;
    }
    chain.doFilter(req, res);
  }

  /** The JSON API has no pages to switch: its parameters are its own. */
  static boolean isApi(HttpServletRequest req) {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /**
   * A feed reader keeps no cookie: a feed takes {@code lang} as its own parameter, in the address
   * it is subscribed at (decision 0022).
   */
  static boolean isFeed(HttpServletRequest req) {
    return "/feeds".equals(req.getServletPath());
  }

  /** The cookie that keeps the visitor's language choice for a year. */
  public static Cookie cookie(HttpServletRequest req, String lang) {
    Cookie cookie = new Cookie(Language.COOKIE, lang);
    cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(req.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** This site's path, or "/" for one a browser could read as another host's address. */
  public static String safePath(String requestUri) {
    boolean local =
        requestUri.startsWith("/") && !requestUri.startsWith("//") && !requestUri.contains("\\");
    return local ? requestUri : "/";
  }

  /** The query string without any parameter whose decoded name is {@code lang}. */
  static String withoutLang(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !"lang".equals(decodedName(p)))
        .collect(Collectors.joining("&"));
  }

  private static String decodedName(String pair) {
    int eq = pair.indexOf('=');
    String name = eq < 0 ? pair : pair.substring(0, eq);
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
