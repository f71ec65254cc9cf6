package no.boforum.platform.text;

import java.net.URI;
import java.net.URISyntaxException;

/** Links to other sites that people give: http or https, with a host, of a sensible length. */
public final class WebAddresses {
  private WebAddresses() {}

  public static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && text.length() <= 500;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
