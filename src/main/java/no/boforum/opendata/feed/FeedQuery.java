package no.boforum.opendata.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a feed is asked for: the request's parameters (one value each, trimmed; blank ones left out)
 * and the language its titles are written in.
 */
public record FeedQuery(Map<String, String> parameters, Locale locale) {
  public FeedQuery {
    parameters = Map.copyOf(parameters);
  }

  /** The parameter's value, or null when it was not given. */
  public String get(String name) {
    return parameters.get(name);
  }

  /** The language code of the titles: nb, nn or en. */
  public String language() {
    return locale.getLanguage();
  }

  /** A path with these parameters as its query, in their order (none: the path alone). */
  public static String address(String path, Map<String, String> parameters) {
    String query =
        parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }
}
