package no.boforum.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that every response carries. Pages (not static resources) also say that they differ by
 * language cookie and browser language, and must be revalidated, so that no cache serves a page in
 * the wrong language. Mapped in web.xml, where the order of filters is fixed.
 */
public class SecurityHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (!req.getRequestURI().startsWith(req.getContextPath() + "/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-cache, private");
      res.setHeader("Vary", "Cookie, Accept-Language");
    }
    chain.doFilter(req, res);
  }
}
