package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Few bytes (issue 19): pages, style sheets, scripts and JSON are compressed for a browser that
 * asks; the portal's own style sheet has an address that names its content, under which a browser
 * may keep it for a year, while the same file without the version is revalidated as before.
 */
class PageBytesIT {
  private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*boforum\\.css[^\"]*)\"");

  @Test
  void pagesAndJsonAreCompressedWhenTheBrowserAsks() throws Exception {
    HttpResponse<byte[]> page = fetch("", true);
    assertEquals(200, page.statusCode());
    assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
    String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
    assertTrue(html.contains("<html"), html.substring(0, Math.min(200, html.length())));

    HttpResponse<byte[]> json = fetch("api/practices", true);
    assertEquals(200, json.statusCode());
    assertEquals("gzip", json.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(new String(gunzip(json.body()), StandardCharsets.UTF_8).contains("\"items\""));

    HttpResponse<byte[]> plain = fetch("", false);
    assertNull(plain.headers().firstValue("Content-Encoding").orElse(null), "asked for none");
    assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("<html"));
  }

  @Test
  void theStyleSheetsAddressNamesItsContentAndIsKeptForAYear() throws Exception {
    String html = Http.get("").body();
    Matcher link = STYLESHEET.matcher(html);
    assertTrue(link.find(), "the layout links boforum.css");
    String address = link.group(1).replace("&amp;", "&");
    Matcher version = Pattern.compile("[?&]v=([0-9a-f]{12})(&|$)").matcher(address);
    assertTrue(version.find(), address);
    byte[] css = Files.readAllBytes(Path.of("themes/boforum/boforum.css"));
    String digest =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css)).substring(0, 12);
    assertEquals(digest, version.group(1), "the version is the file's digest");

    String path = address.startsWith("/") ? address.substring(1) : address;
    HttpResponse<byte[]> versioned = fetch(path, true);
    assertEquals(200, versioned.statusCode());
    String cache = versioned.headers().firstValue("Cache-Control").orElse("");
    assertTrue(cache.contains("max-age=31536000") && cache.contains("immutable"), cache);
    assertEquals("gzip", versioned.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(new String(gunzip(versioned.body()), StandardCharsets.UTF_8).contains("{"));

    HttpResponse<byte[]> unversioned = fetch(path.replaceAll("[?&]v=[0-9a-f]{12}", ""), false);
    assertEquals(200, unversioned.statusCode());
    assertFalse(
        unversioned.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
        "without its version the file may change");
  }

  @Test
  void pagesWithoutPrimeFacesComponentsLoadNoneOfItsStyleOrScripts() throws Exception {
    for (String path : new String[] {"", "practices", "search?q=bolig"}) {
      String html = Http.get(path).body();
      assertTrue(html.contains("boforum.css"), path);
      for (String unused : new String[] {"theme.css", "primeicons", "components.js", "jquery"}) {
        assertFalse(html.contains(unused), "/" + path + " loads " + unused);
      }
    }
    // A form with PrimeFaces fields keeps the theme they are styled by.
    String login = Http.get("login").body();
    assertTrue(login.contains("primefaces-saga-blue") && login.contains("theme.css"), login);
  }

  private static HttpResponse<byte[]> fetch(String path, boolean gzip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
            .timeout(Duration.ofMinutes(3));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return Http.client().build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }
}
