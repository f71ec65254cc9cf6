package no.boforum.platform.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's response held back in memory, so that it can be kept before it is sent. Headers go
 * through to the response as they are set; a cookie, an error or a redirect marks the page as one
 * not to keep (and an error or a redirect goes out as it would have). The headers it set are known
 * by name, to be kept with it ({@link #pageHeaders}). A body larger than {@link #LIMIT} is sent as
 * it comes, and not kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
  /** The largest page kept. */
  static final int LIMIT = 1024 * 1024;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;
  private boolean notToKeep;
  private boolean discarded;
  private int status = SC_OK;
  private final Map<String, String> set = new LinkedHashMap<>();

  CapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** Whether the page may be kept: a full 200 page, no cookie, no error, held back whole. */
  boolean isKeepable() {
    return !notToKeep && !discarded && !passedThrough && status == SC_OK;
  }

  /** Whether the body is still held back, for the filter to send ({@link #body}). */
  boolean isHeldBack() {
    return !passedThrough && !discarded;
  }

  /** The body as written so far. */
  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }

  @Override
  public void addCookie(Cookie cookie) {
    notToKeep = true;
    super.addCookie(cookie);
  }

  /** The headers the page set, as the response holds them now, in the order first set. */
  List<Map.Entry<String, List<String>>> pageHeaders() {
    List<Map.Entry<String, List<String>>> headers = new ArrayList<>();
    if (getContentType() != null) {
      headers.add(Map.entry("Content-Type", List.of(getContentType())));
    }
    for (String name : set.values()) {
      Collection<String> values = getHeaders(name);
      if (!values.isEmpty() && !"Content-Type".equalsIgnoreCase(name)) {
        headers.add(Map.entry(name, List.copyOf(values)));
      }
    }
    return headers;
  }

  private void setting(String name) {
    if ("Set-Cookie".equalsIgnoreCase(name)) {
      notToKeep = true;
    }
    set.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
  }

  @Override
  public void setHeader(String name, String value) {
    setting(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    setting(name);
    super.addHeader(name, value);
  }

  @Override
  public void setIntHeader(String name, int value) {
    setting(name);
    super.setIntHeader(name, value);
  }

  @Override
  public void addIntHeader(String name, int value) {
    setting(name);
    super.addIntHeader(name, value);
  }

  @Override
  public void setDateHeader(String name, long date) {
    setting(name);
    super.setDateHeader(name, date);
  }

  @Override
  public void addDateHeader(String name, long date) {
    setting(name);
    super.addDateHeader(name, date);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    release();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    release();
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    release();
    super.sendRedirect(location);
  }

  /** From here on the response is the container's: nothing held back is sent or kept. */
  private void release() {
    discarded = true;
    buffer.reset();
  }

  @Override
  public void setContentLength(int len) {
    // The length of what is held back is the filter's to give.
  }

  @Override
  public void setContentLengthLong(long len) {
    // As setContentLength.
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (discarded) {
      return NoBody.STREAM;
    }
    if (stream == null) {
      stream = new Held();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (discarded) {
      return NoBody.writer();
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passedThrough) {
      super.flushBuffer();
    }
  }

  @Override
  public boolean isCommitted() {
    // Held back, nothing has gone out; after an error or a redirect the container has the answer.
    return discarded || super.isCommitted();
  }

  /** Sends on what the page's writer still holds (past the limit, it goes straight out). */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    buffer.reset();
    super.resetBuffer();
  }

  @Override
  public void reset() {
    buffer.reset();
    set.clear();
    status = SC_OK;
    super.reset();
  }

  /** The held-back body; past {@link #LIMIT} it sends what it holds and all that follows. */
  private final class Held extends ServletOutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (discarded) {
        return;
      }
      if (passedThrough) {
        getResponse().getOutputStream().write(b, off, len);
        return;
      }
      if (buffer.size() + len > LIMIT) {
        passedThrough = true;
        ServletOutputStream out = getResponse().getOutputStream();
        buffer.writeTo(out);
        buffer.reset();
        out.write(b, off, len);
        return;
      }
      buffer.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (passedThrough) {
        getResponse().getOutputStream().flush();
      }
    }

    @Override
    public void close() {
      // The filter sends what is held back; closing comes after.
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("A page is written in the request's thread");
    }
  }
}
