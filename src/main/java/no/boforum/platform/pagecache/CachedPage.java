package no.boforum.platform.pagecache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A rendered page as the cache keeps it: its body cut at each occurrence of the CSP nonce it was
 * rendered with, so that every answer can carry a nonce of its own; the headers the page set (the
 * policy's nonce likewise left out); and a weak validator over what does not change from one answer
 * to the next.
 *
 * @param segments the body between the nonce's occurrences (one segment when it has no nonce)
 * @param headers the page's own headers by name, in the order set, the policy's nonce left out
 * @param tag the item the page shows ({@code practice:<slug>}), or null for a page of many items
 * @param etag the weak validator, quoted
 * @param everyAnswer what the page's render did that each answer must do again (count a search)
 */
record CachedPage(
    List<byte[]> segments,
    List<Map.Entry<String, List<String>>> headers,
    String tag,
    String etag,
    List<Runnable> everyAnswer) {
  private static final Logger LOG = Logger.getLogger(CachedPage.class.getName());

  /** What stands for the nonce in headers kept. */
  static final String NONCE = "\u0000nonce\u0000";

  /**
   * The page as rendered, {@code nonce} (if any) taken out of body and headers.
   *
   * @param body the body's bytes, UTF-8
   * @param nonce the nonce it was rendered with, or null
   */
  static CachedPage of(
      byte[] body,
      String nonce,
      List<Map.Entry<String, List<String>>> headers,
      String tag,
      List<Runnable> everyAnswer) {
    List<byte[]> segments = split(body, nonce);
    List<Map.Entry<String, List<String>>> kept = new ArrayList<>();
    for (Map.Entry<String, List<String>> h : headers) {
      List<String> values =
          h.getValue().stream().map(v -> nonce == null ? v : v.replace(nonce, NONCE)).toList();
      kept.add(Map.entry(h.getKey(), values));
    }
    return new CachedPage(
        List.copyOf(segments), List.copyOf(kept), tag, etag(segments), List.copyOf(everyAnswer));
  }

  /** Does again, for an answer from the cache, what the page's render did for every answer. */
  void answered() {
    for (Runnable action : everyAnswer) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warning(() -> "A kept page's action failed: " + e);
      }
    }
  }

  /** The body, {@code nonce} written where the rendered one stood. */
  void writeTo(OutputStream out, String nonce) throws IOException {
    byte[] n = nonce.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < segments.size(); i++) {
      if (i > 0) {
        out.write(n);
      }
      out.write(segments.get(i));
    }
  }

  /** A header's value as it goes out with {@code nonce}. */
  static String withNonce(String value, String nonce) {
    return value.replace(NONCE, nonce);
  }

  /** Bytes the page holds, for the cache's bound. */
  int weight() {
    int w = 256;
    for (byte[] s : segments) {
      w += s.length + 16;
    }
    for (Map.Entry<String, List<String>> h : headers) {
      w += h.getKey().length() + h.getValue().stream().mapToInt(String::length).sum();
    }
    return w;
  }

  private static List<byte[]> split(byte[] body, String nonce) {
    List<byte[]> segments = new ArrayList<>();
    if (nonce == null || nonce.isEmpty()) {
      segments.add(body);
      return segments;
    }
    byte[] n = nonce.getBytes(StandardCharsets.US_ASCII);
    int from = 0;
    for (int i = indexOf(body, n, 0); i >= 0; i = indexOf(body, n, from)) {
      segments.add(Arrays.copyOfRange(body, from, i));
      from = i + n.length;
    }
    segments.add(Arrays.copyOfRange(body, from, body.length));
    return segments;
  }

  private static int indexOf(byte[] body, byte[] part, int from) {
    outer:
    for (int i = from; i <= body.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** {@code W/"…"}: SHA-256 of the segments, each one's length first, so no two bodies share it. */
  private static String etag(List<byte[]> segments) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] s : segments) {
        digest.update(Integer.toString(s.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(s);
      }
      byte[] hash = digest.digest();
      return "W/\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
