package no.boforum.platform;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file could not be written to the portal's own storage: the disk is full, or it cannot be
 * written to at all (mounted read-only, a directory missing or not a directory, no permission).
 * Nothing was kept. Not the sender's fault, so not an {@link InputProblem}: the API answers 507
 * Insufficient Storage when the disk is full and 503 otherwise; pages show the message.
 */
public class StorageUnavailable extends RuntimeException {
  /** Below this much usable space the storage counts as full, whatever the error said. */
  static final long NEARLY_FULL_BYTES = 64L * 1024;

  /** What is wrong with the storage; each has its message in the bundles and its API status. */
  public enum Reason {
    FULL("error.storageFull", 507),
    NOT_WRITABLE("error.storageNotWritable", 503);

    private final String messageKey;
    private final int status;

    Reason(String messageKey, int status) {
      this.messageKey = messageKey;
      this.status = status;
    }

    public String messageKey() {
      return messageKey;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;

  public StorageUnavailable(Reason reason, IOException cause) {
    super(reason + ": " + cause.getMessage(), cause, false, false);
    this.reason = reason;
  }

  /**
   * The failure to write under {@code directory}, told apart: full when the system said so (ENOSPC,
   * EDQUOT) or when hardly any space is left there; not writable otherwise.
   */
  public static StorageUnavailable of(IOException failure, Path directory) {
    return new StorageUnavailable(
        saysFull(failure) || nearlyFull(directory) ? Reason.FULL : Reason.NOT_WRITABLE, failure);
  }

  public Reason reason() {
    return reason;
  }

  public String messageKey() {
    return reason.messageKey();
  }

  private static boolean saysFull(IOException failure) {
    String text =
        failure instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : failure.getMessage();
    return text != null
        && (text.contains("No space left on device") || text.contains("Disk quota exceeded"));
  }

  /** The system's words may be translated; the space left is not. */
  private static boolean nearlyFull(Path directory) {
    for (Path p = directory; p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        try {
          return Files.getFileStore(p).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }
}
