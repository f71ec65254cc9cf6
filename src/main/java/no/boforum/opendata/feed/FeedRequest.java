package no.boforum.opendata.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;

/**
 * A feed request read from the address: the source's parameters (any other refused), the language
 * ({@code lang}, else the visitor's), and the feed's own address, the same for the same request.
 */
record FeedRequest(FeedQuery query, String self) {
  static final String LANG = "lang";

  /**
   * @param visitorLanguage the language the pages would choose (cookie, then browser)
   * @throws FeedProblem for a parameter the feed does not take, or a language it does not write
   */
  static FeedRequest of(HttpServletRequest req, FeedSource source, String visitorLanguage) {
    String asked = value(req.getParameter(LANG));
    String tag = asked == null ? visitorLanguage : asked;
    Locale locale = Messages.locale(tag);
    if (asked != null && !Language.SUPPORTED.contains(asked)) {
      throw FeedProblem.badRequest(
          Messages.format(
              locale, "feed.error.language", asked, String.join(", ", Language.SUPPORTED)));
    }
    Map<String, String> parameters = new TreeMap<>();
    for (String name : Collections.list(req.getParameterNames())) {
      String value = value(req.getParameter(name));
      if (name.equals(LANG) || value == null) {
        continue;
      }
      if (!source.parameters().contains(name)) {
        throw FeedProblem.badRequest(
            Messages.format(
                locale, "feed.error.parameter", name, String.join(", ", source.parameters())));
      }
      parameters.put(name, value);
    }
    Map<String, String> inSelf = new TreeMap<>(parameters);
    if (asked != null) {
      inSelf.put(LANG, asked);
    }
    String self = FeedQuery.address("feeds/" + source.name() + ".atom", inSelf);
    return new FeedRequest(new FeedQuery(parameters, locale), self);
  }

  private static String value(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
