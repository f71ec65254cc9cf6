package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.practice.attachment.AttachmentStorage;
import no.boforum.practice.attachment.Inspection;
import no.boforum.practice.attachment.PdfInspector;
import no.boforum.practice.attachment.Stored;

/**
 * Reports and action plans attached to practices. The slow part (receiving up to 20 MB, checking
 * and reading the PDF) runs outside any transaction; only the record is written in one. A file is
 * kept on disk only once it has passed every check, and removed again if the record fails; the
 * record is written only once the file is in place. A full or read-only disk is a {@link
 * no.boforum.platform.StorageUnavailable} that leaves neither file nor record.
 */
@ApplicationScoped
public class AttachmentService {
  private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

  /** A file to send: where it is on disk, and what to call it. */
  public record Download(Path file, String fileName, long size) {}

  @Inject AttachmentRecords records;
  @Inject AttachmentStorage storage;
  @Inject PdfInspector inspector;

  public AttachmentView upload(String slug, String title, String fileName, InputStream in) {
    records.requireWritable(slug);
    Stored stored;
    try {
      stored = storage.receive(in, AttachmentStorage.MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("The upload broke off", e);
    }
    String key = null;
    try {
      Inspection inspection = inspector.inspect(stored.tempFile());
      key = storage.keep(stored.tempFile());
      return records.save(slug, title, fileName, stored, key, inspection);
    } catch (RuntimeException e) {
      forget(key);
      throw e;
    } finally {
      storage.discard(stored.tempFile());
    }
  }

  public void remove(String slug, long id) {
    forget(records.delete(slug, id));
  }

  /** The file of an attachment, if the caller may see the practice. */
  public Download open(String slug, long id) {
    AttachmentRecords.Found found = records.find(slug, id);
    return new Download(storage.resolve(found.storageKey()), found.fileName(), found.size());
  }

  private void forget(String key) {
    if (key == null) {
      return;
    }
    try {
      storage.delete(key);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete attachment file " + key, e);
    }
  }
}
