package no.boforum.platform.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The body of an answer that is the container's now (an error page to come, a redirect): what is
 * written is dropped, and closing it closes nothing. A forward closes the body of a wrapped
 * response when it ends; closing the real one there would send the error page's answer empty.
 */
final class NoBody extends ServletOutputStream {
  static final NoBody STREAM = new NoBody();

  private NoBody() {}

  /** A writer that drops what it is given. */
  static PrintWriter writer() {
    return new PrintWriter(OutputStream.nullOutputStream());
  }

  @Override
  public void write(int b) {
    // Dropped.
  }

  @Override
  public void write(byte[] b, int off, int len) {
    // Dropped.
  }

  @Override
  public boolean isReady() {
    return true;
  }

  @Override
  public void setWriteListener(WriteListener listener) {
    throw new UnsupportedOperationException("Nothing is written here");
  }
}
