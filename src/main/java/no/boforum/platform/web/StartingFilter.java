package no.boforum.platform.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.boforum.platform.ApplicationStartup;
import no.boforum.platform.text.HtmlText;
import no.boforum.platform.text.Messages;

/**
 * While the start-up sequence runs (schema, imports, search set-up), Payara already hands requests
 * to the application, whose pages cannot yet be rendered. Until the sequence has ended, every
 * request but the health checks gets {@code 503} with {@code Retry-After} and a plain page (or, on
 * the API, a JSON error) in the visitor's language, never a server error. Mapped in web.xml right
 * after the security headers.
 */
public class StartingFilter extends HttpFilter {
  static final String RETRY_AFTER_SECONDS = "5";
  static final String POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  @Inject ApplicationStartup startup;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (startup.hasEnded() || isHealth(req)) {
      chain.doFilter(req, res);
      return;
    }
    Locale locale = Messages.locale(Language.resolve(req));
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    res.setHeader("Cache-Control", "no-store");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String text = Messages.format(locale, "starting.text");
    if (LanguageFilter.isApi(req)) {
      res.setContentType("application/json");
      res.getWriter()
          .write(
              Json.createObjectBuilder().add("status", 503).add("error", text).build().toString());
      return;
    }
    res.setContentType("text/html");
    res.setHeader("Content-Security-Policy", POLICY);
    res.getWriter().write(page(locale, Messages.format(locale, "starting.title"), text));
  }

  static String page(Locale locale, String title, String text) {
    String t = HtmlText.escape(title);
    return "<!DOCTYPE html>\n<html lang=\""
        + locale.toLanguageTag()
        + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + t
        + "</title></head><body><main><h1>"
        + t
        + "</h1><p>"
        + HtmlText.escape(text)
        + "</p></main></body></html>\n";
  }

  private static boolean isHealth(HttpServletRequest req) {
    return req.getServletPath().startsWith("/health");
  }
}
