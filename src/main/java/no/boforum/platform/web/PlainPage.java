package no.boforum.platform.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.boforum.platform.text.HtmlText;
import no.boforum.platform.text.Messages;

/**
 * A {@code 503} answered without the portal's layout, which needs what is missing (the start-up
 * sequence's work, the database): a plain page in the visitor's language, or a JSON error on the
 * API, with {@code Retry-After}, never cached. Its own Content-Security-Policy allows nothing: the
 * page has neither scripts nor styles.
 */
public final class PlainPage {
  static final String POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  private PlainPage() {}

  /**
   * Answers {@code 503} with the texts under {@code key + ".title"} and {@code key + ".text"}. The
   * response must not be committed.
   */
  public static void unavailable(
      HttpServletRequest req, HttpServletResponse res, String key, int retryAfterSeconds)
      throws IOException {
    Locale locale = Messages.locale(Language.resolve(req));
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    res.setHeader("Cache-Control", "no-store");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String text = Messages.format(locale, key + ".text");
    if (LanguageFilter.isApi(req)) {
      res.setContentType("application/json");
      res.getWriter()
          .write(
              Json.createObjectBuilder().add("status", 503).add("error", text).build().toString());
      return;
    }
    res.setContentType("text/html");
    res.setHeader("Content-Security-Policy", POLICY);
    res.getWriter().write(html(locale, Messages.format(locale, key + ".title"), text));
  }

  static String html(Locale locale, String title, String text) {
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
}
