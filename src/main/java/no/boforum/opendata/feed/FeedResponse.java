package no.boforum.opendata.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.boforum.platform.text.Digests;

/**
 * Sends a written feed, or 304 when the reader has it already: an ETag of the document (which wins,
 * RFC 9110), else Last-Modified, the newest entry's time. A feed whose newest entry left keeps that
 * time; readers keep what they saw anyway.
 */
final class FeedResponse {
  private FeedResponse() {}

  static void send(HttpServletRequest req, HttpServletResponse res, String atom, Instant updated)
      throws IOException {
    String etag = "\"" + Digests.sha256(atom).substring(0, 32) + "\"";
    res.setHeader("ETag", etag);
    long modified = updated.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
    if (updated.isAfter(Instant.EPOCH)) {
      res.setDateHeader("Last-Modified", modified);
    }
    if (notModified(req, etag, modified)) {
      res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = atom.getBytes(StandardCharsets.UTF_8);
    res.setContentType(AtomWriter.TYPE + ";charset=UTF-8");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  private static boolean notModified(HttpServletRequest req, String etag, long modified) {
    String match = req.getHeader("If-None-Match");
    if (match != null) {
      return match.contains(etag);
    }
    long since;
    try {
      since = req.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException e) {
      return false;
    }
    return since >= 0 && modified > 0 && modified <= since;
  }
}
