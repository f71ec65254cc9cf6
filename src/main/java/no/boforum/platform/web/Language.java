package no.boforum.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the current request: the visitor's choice (a cookie set by {@link
 * LanguageFilter}), else the browser's preference among ours, else bokmål.
 */
@Named("language")
@RequestScoped
public class Language {
  public static final String COOKIE = "boforum_lang";
  public static final List<String> SUPPORTED = List.of("nb", "nn", "en");

  @Inject HttpServletRequest request;
  private String tag;

  public String getTag() {
    if (tag == null) {
      tag = resolve(request);
    }
    return tag;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getTag());
  }

  public List<String> getSupported() {
    return SUPPORTED;
  }

  /** This page's address with {@code lang=<code>} added, for the language switch. */
  public String switchUrl(String code) {
    // On an error page or a forwarded view, switch the page the visitor asked for.
    Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String query = null;
    if (asked == null) {
      asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    }
    if (asked == null) {
      asked = request.getRequestURI();
      query = request.getQueryString();
    }
    String path = LanguageFilter.safePath(asked.toString());
    String kept = LanguageFilter.withoutLang(query);
    return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + code;
  }

  /** The language {@code request} is answered in. */
  public static String resolve(HttpServletRequest request) {
    Optional<String> chosen =
        Optional.ofNullable(request.getCookies()).stream()
            .flatMap(java.util.Arrays::stream)
            .filter(c -> COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .filter(SUPPORTED::contains)
            .findFirst();
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (request.getHeader("Accept-Language") == null) {
      return "nb";
    }
    for (Locale preferred : java.util.Collections.list(request.getLocales())) {
      String lang = preferred.getLanguage();
      if (lang.equals("no")) {
        return "nb";
      }
      if (SUPPORTED.contains(lang)) {
        return lang;
      }
    }
    return "nb";
  }
}
