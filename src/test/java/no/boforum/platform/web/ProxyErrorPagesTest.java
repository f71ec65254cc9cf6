package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.boforum.platform.text.HtmlText;
import no.boforum.platform.text.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reverse proxy's own error pages (deploy/cluster/errors/, named in haproxy.cfg) are whole HTTP
 * answers with the right status, a correct length, Retry-After and a policy that allows nothing,
 * and say in bokmål, nynorsk and English what the bundles' {@code proxy.unavailable} keys say: a
 * text changed in a bundle must be changed there too.
 */
class ProxyErrorPagesTest {
  private static final Path ERRORS = Path.of("deploy/cluster/errors");

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void aPageInTheThreeLanguages(int status) throws IOException {
    byte[] file = Files.readAllBytes(ERRORS.resolve(status + ".http"));
    String whole = new String(file, StandardCharsets.UTF_8);
    int end = whole.indexOf("\r\n\r\n");
    assertTrue(end > 0, "no blank line after the headers");
    String[] head = whole.substring(0, end).split("\r\n");
    assertTrue(head[0].startsWith("HTTP/1.1 " + status + " "), head[0]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      String[] pair = head[i].split(":\\s*", 2);
      headers.put(pair[0].toLowerCase(Locale.ROOT), pair[1]);
    }
    String body = whole.substring(end + 4);
    assertEquals(
        String.valueOf(body.getBytes(StandardCharsets.UTF_8).length),
        headers.get("content-length"));
    assertEquals("text/html; charset=utf-8", headers.get("content-type"));
    assertEquals("10", headers.get("retry-after"));
    assertEquals("no-store", headers.get("cache-control"));
    assertEquals(PlainPage.POLICY, headers.get("content-security-policy"));

    assertTrue(body.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">"), body);
    for (String language : Language.SUPPORTED) {
      Locale locale = Locale.forLanguageTag(language);
      String title = HtmlText.escape(Messages.format(locale, "proxy.unavailable.title"));
      String text = HtmlText.escape(Messages.format(locale, "proxy.unavailable.text"));
      String heading = language.equals("nb") ? "h1" : "h2";
      String expected = "<" + heading + ">" + title + "</" + heading + ">\n<p>" + text + "</p>";
      if (!language.equals("nb")) {
        expected = "<div lang=\"" + language + "\">" + expected + "</div>";
      }
      assertTrue(body.contains(expected), language + ": expected " + expected + " in " + body);
    }
  }
}
