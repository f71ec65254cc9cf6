package no.boforum.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Takes a {@code lang} parameter on any page: remembers the choice in a cookie and redirects to the
 * same address without it, so that shared links carry no language of their own.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String lang = req.getParameter("lang");
    if (lang != null && "GET".equals(req.getMethod())) {
      if (Language.SUPPORTED.contains(lang)) {
        Cookie cookie = new Cookie(Language.COOKIE, lang);
        cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(req.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        res.addCookie(cookie);
      }
      String kept = withoutLang(req.getQueryString());
      // A path that starts with two slashes would redirect to another host.
      String path = "/" + req.getRequestURI().replaceFirst("^/+", "");
      res.sendRedirect(path + (kept.isEmpty() ? "" : "?" + kept));
      return;
    }
    chain.doFilter(req, res);
  }

  static String withoutLang(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
        .collect(Collectors.joining("&"));
  }
}
