package no.boforum.platform.text;

import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Links to other sites that people give: http or https, with a host, of a sensible length. A host
 * or path in Norwegian letters ({@code https://bærum.kommune.no/møte}) is as good as its ASCII form
 * (the host in punycode, the path percent-encoded); what the person typed is kept.
 */
public final class WebAddresses {
  private WebAddresses() {}

  public static boolean isWebAddress(String text) {
    if (text == null || text.length() > 500) {
      return false;
    }
    try {
      URL url = new URL(text);
      String scheme = url.getProtocol();
      if (!"https".equals(scheme) && !"http".equals(scheme) || url.getHost().isEmpty()) {
        return false;
      }
      String host = IDN.toASCII(url.getHost(), IDN.USE_STD3_ASCII_RULES);
      URI ascii =
          new URI(
              new URI(
                      scheme,
                      url.getUserInfo(),
                      host,
                      url.getPort(),
                      url.getPath().isEmpty() ? null : url.getPath(),
                      url.getQuery(),
                      url.getRef())
                  .toASCIIString());
      return ascii.getHost() != null;
    } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }
}
