package no.boforum.search.saved;

import java.util.Locale;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import no.boforum.search.SearchResult;

/**
 * The text of one alert: the new practices found for one saved search (those the result holds, and
 * how many more there are), a link to the whole search, and where to stop the alerts.
 */
record AlertMail(String subject, String body) {
  static AlertMail of(
      Locale locale,
      String recipientName,
      String searchName,
      String queryString,
      SearchResult result,
      String publicUrl) {
    String base = PublicUrls.base(publicUrl);
    StringBuilder list = new StringBuilder();
    for (SearchResult.Hit hit : result.hits()) {
      list.append("- ").append(hit.title()).append("\n  ");
      list.append(base).append("practices/").append(hit.slug()).append('\n');
    }
    long more = result.total() - result.hits().size();
    String search = base + "search" + (queryString.isEmpty() ? "" : "?" + queryString);
    return new AlertMail(
        Messages.format(locale, "savedSearch.mail.subject", result.total(), searchName),
        Messages.format(
            locale,
            "savedSearch.mail.body",
            recipientName,
            result.total(),
            searchName,
            list.toString(),
            more > 0 ? Messages.format(locale, "savedSearch.mail.more", more) : "",
            search,
            base + "my/searches"));
  }
}
