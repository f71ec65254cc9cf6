package no.boforum.practice.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.StorageUnavailable;
import no.boforum.practice.attachment.AttachmentRefused.Reason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachment files on disk. An upload is first written to {@code incoming/} and only moved into
 * place once it has been checked, so the files directory holds nothing half-written or refused.
 * Files are named by a random key, never by anything the uploader chose. A disk that is full or
 * cannot be written to is a {@link StorageUnavailable}, never a half-written file.
 */
@ApplicationScoped
public class AttachmentStorage {
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(AttachmentStorage.class.getName());
  private static final String INCOMING = "incoming";

  @Inject
  @ConfigProperty(name = "boforum.files.directory", defaultValue = "data/files")
  String directory;

  private Path root;

  /** For CDI; the directory comes from configuration. */
  public AttachmentStorage() {}

  AttachmentStorage(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @PostConstruct
  void init() {
    root = Path.of(directory).toAbsolutePath().normalize();
  }

  /**
   * Copies the upload to a temporary file, stopping as soon as it passes {@code maxBytes} so that
   * an oversized upload never fills the disk. The caller owns {@code in} and closes it.
   *
   * @throws AttachmentRefused if the upload is empty or larger than {@code maxBytes}
   * @throws StorageUnavailable if the file cannot be written (nothing is left of it)
   * @throws IOException if reading the upload failed (the sender broke off)
   */
  public Stored receive(InputStream in, long maxBytes) throws IOException {
    Path temp;
    try {
      Path incoming = Files.createDirectories(root.resolve(INCOMING));
      temp = Files.createTempFile(incoming, "upload-", ".part");
    } catch (IOException e) {
      throw unavailable(e);
    }
    MessageDigest sha256 = sha256();
    long size = 0;
    try (OutputStream out = new StorageStream(temp)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        size += read;
        if (size > maxBytes) {
          throw AttachmentRefused.tooLarge(maxBytes);
        }
        sha256.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      discard(temp);
      throw e;
    }
    if (size == 0) {
      discard(temp);
      throw new AttachmentRefused(Reason.EMPTY);
    }
    return new Stored(temp, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /**
   * Moves a received file into place and returns its key. The first two characters of the key name
   * a subdirectory, so that no single directory grows to hundreds of thousands of entries. The
   * received file stays where it was if this fails: the caller discards it.
   *
   * @throws StorageUnavailable if the file cannot be moved into place
   */
  public String keep(Path tempFile) {
    Path temp = tempFile.toAbsolutePath().normalize();
    if (!root.resolve(INCOMING).equals(temp.getParent())) {
      throw new IllegalArgumentException("Not a received file: " + tempFile);
    }
    String name = UUID.randomUUID() + ".pdf";
    String key = name.substring(0, 2) + "/" + name;
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw unavailable(e);
    }
    return key;
  }

  /** The file of a key; a key that would lead outside the files directory is refused. */
  public Path resolve(String key) {
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("Not an attachment key: " + key);
    }
    return file;
  }

  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }

  /**
   * Deletes the uploads in {@code incoming/} last written before {@code before}: those of a server
   * that stopped in the middle (a crash, a kill), which no request will ever discard. Answers how
   * many; a file that cannot be deleted is logged and left for the next sweep.
   */
  public int sweepIncoming(Instant before) throws IOException {
    Path incoming = root.resolve(INCOMING);
    if (!Files.isDirectory(incoming)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "upload-*.part")) {
      for (Path part : parts) {
        try {
          if (Files.getLastModifiedTime(part).toInstant().isBefore(before)
              && Files.deleteIfExists(part)) {
            deleted++;
          }
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not delete the stale upload " + part, e);
        }
      }
    }
    return deleted;
  }

  /** Removes a received file that will not be kept; a failure is logged, not thrown. */
  public void discard(Path tempFile) {
    try {
      Files.deleteIfExists(tempFile);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the upload " + tempFile, e);
    }
  }

  /** Told once in the log for the operator, who must make room; the sender gets the message. */
  private StorageUnavailable unavailable(IOException e) {
    StorageUnavailable failure = StorageUnavailable.of(e, root);
    LOG.log(
        Level.SEVERE,
        "An attachment could not be stored under {0} ({1}): {2}",
        new Object[] {root, failure.reason(), e.toString()});
    return failure;
  }

  /**
   * Writes to a received file; a failure to write or close it is the storage's, not the sender's.
   */
  private final class StorageStream extends FilterOutputStream {
    StorageStream(Path file) {
      super(open(file));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw unavailable(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw unavailable(e);
      }
    }
  }

  private OutputStream open(Path file) {
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
