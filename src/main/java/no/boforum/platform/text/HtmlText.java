package no.boforum.platform.text;

import java.io.IOException;
import org.owasp.html.Encoding;

/** Plain text made safe to write into HTML, by the OWASP sanitizer's encoder. */
public final class HtmlText {
  private HtmlText() {}

  /** Text as HTML-escaped character data. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try {
      Encoding.encodeRcdataOnto(text, out);
    } catch (IOException e) {
      throw new IllegalStateException("A StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
