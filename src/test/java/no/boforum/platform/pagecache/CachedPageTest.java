package no.boforum.platform.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedPageTest {
  private static final String POLICY = "script-src 'self' 'nonce-%s';";

  @Test
  void everyAnswerCarriesItsOwnNonceWhereTheRenderedOneStood() throws Exception {
    CachedPage page = page("<script nonce=\"ABC\"></script><p>x</p><script nonce=\"ABC\">", "ABC");
    assertEquals(3, page.segments().size());
    assertEquals(
        "<script nonce=\"XYZ1\"></script><p>x</p><script nonce=\"XYZ1\">", body(page, "XYZ1"));
    String policy = page.headers().get(0).getValue().get(0);
    assertFalse(policy.contains("ABC"));
    assertEquals(POLICY.formatted("XYZ1"), CachedPage.withNonce(policy, "XYZ1"));
  }

  @Test
  void aPageWithoutANonceIsKeptAsItIs() throws Exception {
    CachedPage page = page("<p>nonce-less ABC</p>", null);
    assertEquals(1, page.segments().size());
    assertEquals("<p>nonce-less ABC</p>", body(page, "N"));
  }

  @Test
  void theValidatorIsTheSameForTheSamePageWhateverItsNonce() {
    CachedPage one = page("<p nonce=\"AAA\">a</p>", "AAA");
    CachedPage two = page("<p nonce=\"BBB\">a</p>", "BBB");
    CachedPage other = page("<p nonce=\"AAA\">b</p>", "AAA");
    assertEquals(one.etag(), two.etag());
    assertNotEquals(one.etag(), other.etag());
    assertTrue(one.etag().startsWith("W/\""), one.etag());
    // The same bytes cut otherwise are another page.
    assertNotEquals(page("ab", null).etag(), page("aXb", "X").etag());
  }

  private static CachedPage page(String html, String nonce) {
    return CachedPage.of(
        html.getBytes(StandardCharsets.UTF_8),
        nonce,
        List.of(Map.entry("Content-Security-Policy", List.of(POLICY.formatted(nonce)))),
        null,
        List.of());
  }

  private static String body(CachedPage page, String nonce) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page.writeTo(out, nonce);
    return out.toString(StandardCharsets.UTF_8);
  }
}
