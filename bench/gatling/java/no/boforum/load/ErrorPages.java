package no.boforum.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The headings of the portal's error pages ({@code src/main/webapp/error}) in its three languages,
 * from its own message bundles: a page that shows one of them failed, whatever its status.
 */
final class ErrorPages {
  static final List<String> KEYS =
      List.of(
          "error.server.title",
          "error.notfound.title",
          "error.badRequest.title",
          "error.forbidden.title",
          "error.expired.title");

  static List<String> headings() {
    List<String> headings = new ArrayList<>();
    for (String language : List.of("nb", "nn", "en")) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("no.boforum.i18n.messages", Locale.forLanguageTag(language));
      for (String key : KEYS) {
        String heading = "<h1>" + bundle.getString(key) + "</h1>";
        if (!headings.contains(heading)) {
          headings.add(heading);
        }
      }
    }
    return headings;
  }

  private ErrorPages() {}
}
