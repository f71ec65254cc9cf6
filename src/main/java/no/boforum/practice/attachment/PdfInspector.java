package no.boforum.practice.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import no.boforum.platform.text.InputText;
import no.boforum.practice.attachment.AttachmentRefused.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

/**
 * Decides whether a received file is a PDF we can read, and reads its text for search. The type is
 * taken from the content only: a name ending in {@code .pdf} proves nothing.
 */
@ApplicationScoped
public class PdfInspector {
  private static final String PDF = "application/pdf";

  /**
   * PDFBox keeps the streams it buffers in a scratch buffer: up to this much in memory, the rest in
   * a temporary file, so that many large uploads at once do not exhaust the heap.
   */
  private static final long SCRATCH_MEMORY_BYTES = 8L * 1024 * 1024;

  /**
   * And no more than this in all, for what PDFBox keeps of the file while it reads it. Decoded
   * streams are not kept here but in memory: {@link #MAX_UNPACKED_STREAM_BYTES} bounds those.
   */
  private static final long SCRATCH_STORAGE_BYTES = 256L * 1024 * 1024;

  /**
   * PDFBox unpacks a page's content stream, a form or a font whole into memory before reading it,
   * so each is measured first ({@link DecodedSizeGauge}) and refused beyond this: about twenty
   * times the densest real page we have seen.
   */
  static final long MAX_UNPACKED_STREAM_BYTES = 32L * 1024 * 1024;

  /** And the whole file's text-bearing streams, so that measuring itself stays cheap. */
  static final long MAX_UNPACKED_FILE_BYTES = 128L * 1024 * 1024;

  /**
   * Even within those caps one inspection may hold a few tens of megabytes; at most this many run
   * at once, and further uploads wait their turn (fairly) rather than exhaust the heap together.
   */
  private static final Semaphore INSPECTIONS = new Semaphore(2, true);

  /** Loading Tika's type registry is slow and the facade is thread-safe, so there is one. */
  private static final Tika TIKA = new Tika();

  private final ExtractionBudget budget;

  public PdfInspector() {
    this(ExtractionBudget.DEFAULT);
  }

  PdfInspector(ExtractionBudget budget) {
    this.budget = budget;
  }

  /**
   * @throws AttachmentRefused if the file is empty, too large (packed or unpacked), not a PDF,
   *     encrypted or unreadable
   */
  public Inspection inspect(Path file) {
    return inspect(file, new BoundedTextStripper(budget));
  }

  /** With the stripper given, so that a test can see how much work it did. */
  Inspection inspect(Path file, BoundedTextStripper stripper) {
    long size = size(file);
    if (size == 0) {
      throw new AttachmentRefused(Reason.EMPTY);
    }
    if (size > AttachmentStorage.MAX_BYTES) {
      throw AttachmentRefused.tooLarge(AttachmentStorage.MAX_BYTES);
    }
    if (!PDF.equals(typeByContent(file))) {
      throw new AttachmentRefused(Reason.NOT_PDF);
    }
    INSPECTIONS.acquireUninterruptibly();
    try {
      return read(file, stripper);
    } finally {
      INSPECTIONS.release();
    }
  }

  private Inspection read(Path file, BoundedTextStripper stripper) {
    var scratch =
        MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES, SCRATCH_STORAGE_BYTES).streamCache;
    try (PDDocument document = Loader.loadPDF(file.toFile(), "", scratch)) {
      // A PDF with only an owner password opens, but its permissions may forbid taking its text;
      // rather than weigh each permission, every encrypted file is refused.
      if (document.isEncrypted()) {
        throw new AttachmentRefused(Reason.ENCRYPTED);
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new AttachmentRefused(Reason.EMPTY);
      }
      if (pages > budget.maxPages()) {
        throw new AttachmentRefused(Reason.TOO_LARGE_UNPACKED);
      }
      new DecodedSizeGauge(MAX_UNPACKED_STREAM_BYTES, MAX_UNPACKED_FILE_BYTES).measure(document);
      // The input rule holds for text taken from a file as for text typed: it is stored and
      // indexed.
      return new Inspection(pages, InputText.clean(stripper.read(document)));
    } catch (AttachmentRefused e) {
      throw e;
    } catch (ExtractionBudget.Exceeded e) {
      throw new AttachmentRefused(Reason.TOO_LARGE_UNPACKED);
    } catch (InvalidPasswordException e) {
      throw new AttachmentRefused(Reason.ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports some malformed files with unchecked exceptions rather than IOException.
      throw new AttachmentRefused(Reason.BROKEN);
    }
  }

  /** Without the file name, so that Tika cannot fall back on the extension. */
  private static String typeByContent(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return TIKA.detect(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
