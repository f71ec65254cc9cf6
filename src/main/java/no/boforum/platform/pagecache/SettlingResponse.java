package no.boforum.platform.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The answer to a request that may write, which settles the page cache before any of it can reach
 * the client: when the body's stream or writer is first asked for, at an error, a redirect or a
 * flush, and at the latest when the request ends without a body ({@link #settle}). A visitor who
 * asks for a page once the writer has its answer never gets a page the write made stale. The
 * write's transaction has committed by then: Faces renders, and JAX-RS writes its entity, after the
 * action that did the work.
 */
final class SettlingResponse extends HttpServletResponseWrapper {
  private final Runnable onSettle;
  private boolean settled;
  private boolean containers;

  /**
   * @param onSettle what settles the cache
   */
  SettlingResponse(HttpServletResponse response, Runnable onSettle) {
    super(response);
    this.onSettle = onSettle;
  }

  /** Settles the cache, once. */
  void settle() {
    if (!settled) {
      settled = true;
      onSettle.run();
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    settle();
    containers = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    settle();
    containers = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    settle();
    containers = true;
    super.sendRedirect(location);
  }

  @Override
  public void flushBuffer() throws IOException {
    settle();
    super.flushBuffer();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    settle();
    // After an error or a redirect the answer is the container's (see NoBody).
    return containers ? NoBody.STREAM : super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    settle();
    return containers ? NoBody.writer() : super.getWriter();
  }
}
