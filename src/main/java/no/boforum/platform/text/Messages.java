package no.boforum.platform.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text from the nb, nn and en bundles outside a page: mail, API messages. */
public final class Messages {
  public static final String BUNDLE = "no.boforum.i18n.messages";

  private Messages() {}

  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    // Without arguments the text is used as written, as on the pages: no MessageFormat quoting.
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The locale of a UI language code (nb, nn, en); bokmål for anything else. */
  public static Locale locale(String language) {
    return switch (language == null ? "nb" : language) {
      case "nn" -> Locale.forLanguageTag("nn");
      case "en" -> Locale.ENGLISH;
      default -> Locale.forLanguageTag("nb");
    };
  }
}
