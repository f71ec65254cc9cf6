package no.boforum.practice.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import no.boforum.platform.StorageUnavailable;
import no.boforum.practice.attachment.AttachmentRefused.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStorageTest {
  private static final long LIMIT = 100;

  @TempDir Path root;
  private AttachmentStorage storage;

  @BeforeEach
  void setUp() {
    storage = new AttachmentStorage(root);
  }

  @Test
  void acceptsAnUploadOfExactlyTheLimit() throws IOException {
    byte[] bytes = bytes(LIMIT);

    Stored stored = storage.receive(new ByteArrayInputStream(bytes), LIMIT);

    assertEquals(LIMIT, stored.size());
    assertArrayEquals(bytes, Files.readAllBytes(stored.tempFile()));
    assertTrue(stored.tempFile().startsWith(root.resolve("incoming")));
  }

  @Test
  void refusesAnUploadOneByteOverTheLimitAndLeavesNothingBehind() throws IOException {
    AttachmentRefused refused =
        assertThrows(
            AttachmentRefused.class,
            () -> storage.receive(new ByteArrayInputStream(bytes(LIMIT + 1)), LIMIT));

    assertEquals(Reason.TOO_LARGE, refused.reason());
    assertEquals(0, filesUnder(root.resolve("incoming")));
  }

  @Test
  void statesTheLimitInMegabytes() {
    AttachmentRefused refused = AttachmentRefused.tooLarge(AttachmentStorage.MAX_BYTES);

    assertArrayEquals(new Object[] {20L}, refused.arguments());
  }

  @Test
  void refusesAnEmptyUploadAndLeavesNothingBehind() throws IOException {
    AttachmentRefused refused =
        assertThrows(
            AttachmentRefused.class,
            () -> storage.receive(new ByteArrayInputStream(new byte[0]), LIMIT));

    assertEquals(Reason.EMPTY, refused.reason());
    assertEquals(0, filesUnder(root.resolve("incoming")));
  }

  @Test
  void computesTheSha256OfTheUpload() throws IOException {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

    Stored stored = storage.receive(new ByteArrayInputStream(abc), LIMIT);

    assertEquals(3, stored.size());
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stored.sha256());
  }

  @Test
  void keepsResolvesAndDeletesAFile() throws IOException {
    byte[] bytes = bytes(LIMIT);
    Stored stored = storage.receive(new ByteArrayInputStream(bytes), LIMIT);

    String key = storage.keep(stored.tempFile());

    assertTrue(key.matches("[0-9a-f]{2}/[0-9a-f-]{36}\\.pdf"), key);
    assertEquals(key.substring(0, 2), key.substring(3, 5));
    assertFalse(Files.exists(stored.tempFile()));
    Path file = storage.resolve(key);
    assertEquals(root.resolve(key), file);
    assertArrayEquals(bytes, Files.readAllBytes(file));

    storage.delete(key);

    assertFalse(Files.exists(file));
  }

  @Test
  void givesEveryKeptFileItsOwnKey() throws IOException {
    String first =
        storage.keep(storage.receive(new ByteArrayInputStream(bytes(3)), LIMIT).tempFile());
    String second =
        storage.keep(storage.receive(new ByteArrayInputStream(bytes(3)), LIMIT).tempFile());

    assertFalse(first.equals(second));
  }

  @Test
  void refusesToKeepAFileThatWasNotReceived() throws IOException {
    Path elsewhere = Files.writeString(root.resolve("elsewhere.pdf"), "x");

    assertThrows(IllegalArgumentException.class, () -> storage.keep(elsewhere));
    assertTrue(Files.exists(elsewhere));
  }

  @Test
  void refusesKeysThatLeaveTheDirectory() {
    for (String key :
        new String[] {"../secret.pdf", "ab/../../secret.pdf", "/etc/passwd", "", "."}) {
      assertThrows(IllegalArgumentException.class, () -> storage.resolve(key), key);
    }
    assertThrows(IllegalArgumentException.class, () -> storage.delete("../secret.pdf"));
  }

  @Test
  void discardsAReceivedFile() throws IOException {
    Stored stored = storage.receive(new ByteArrayInputStream(bytes(5)), LIMIT);

    storage.discard(stored.tempFile());

    assertFalse(Files.exists(stored.tempFile()));
  }

  @Test
  void aFilesDirectoryThatCannotBeMadeRefusesTheUploadAsNotWritable() throws IOException {
    Path notADirectory = Files.writeString(root.resolve("files"), "a file, not a directory");
    AttachmentStorage broken = new AttachmentStorage(notADirectory);

    StorageUnavailable refused =
        assertThrows(
            StorageUnavailable.class,
            () -> broken.receive(new ByteArrayInputStream(bytes(LIMIT)), LIMIT));

    assertEquals(StorageUnavailable.Reason.NOT_WRITABLE, refused.reason());
    assertEquals("a file, not a directory", Files.readString(notADirectory));
  }

  @Test
  void aFileThatCannotBeMovedIntoPlaceStaysForTheCallerToDiscard() throws IOException {
    Stored stored = storage.receive(new ByteArrayInputStream(bytes(LIMIT)), LIMIT);
    // Every subdirectory a key can name is taken by a file: the move has nowhere to go.
    for (int i = 0; i < 256; i++) {
      Files.writeString(root.resolve(String.format("%02x", i)), "in the way");
    }

    StorageUnavailable refused =
        assertThrows(StorageUnavailable.class, () -> storage.keep(stored.tempFile()));

    assertEquals(StorageUnavailable.Reason.NOT_WRITABLE, refused.reason());
    assertTrue(Files.exists(stored.tempFile()));
    storage.discard(stored.tempFile());
    assertEquals(0, filesUnder(root.resolve("incoming")));
  }

  /**
   * A real full disk and a real read-only one: a small tmpfs, which only a user who may mount (root
   * in a container that allows it) can make; elsewhere the test is skipped.
   */
  @Test
  void aFullDiskAndAReadOnlyOneRefuseTheUploadAndLeaveNothingBehind() throws Exception {
    Path disk = Files.createDirectory(root.resolve("disk"));
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.toString()));
    try {
      AttachmentStorage small = new AttachmentStorage(disk);
      StorageUnavailable full =
          assertThrows(
              StorageUnavailable.class,
              () -> small.receive(new ByteArrayInputStream(new byte[256 * 1024]), 1 << 20));
      assertEquals(StorageUnavailable.Reason.FULL, full.reason());
      assertEquals(0, filesUnder(disk.resolve("incoming")));

      assertTrue(run("mount", "-o", "remount,ro", disk.toString()));
      StorageUnavailable readOnly =
          assertThrows(
              StorageUnavailable.class,
              () -> small.receive(new ByteArrayInputStream(bytes(LIMIT)), LIMIT));
      assertEquals(StorageUnavailable.Reason.NOT_WRITABLE, readOnly.reason());
      assertEquals(0, filesUnder(disk.resolve("incoming")));
    } finally {
      assertTrue(run("umount", disk.toString()), "could not unmount " + disk);
    }
  }

  @Test
  void anUploadThatBreaksOffIsTheSendersFailureAndLeavesNothingBehind() throws IOException {
    InputStream breaking =
        new SequenceInputStream(
            new ByteArrayInputStream(bytes(10)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("the sender went away");
              }
            });

    IOException failure = assertThrows(IOException.class, () -> storage.receive(breaking, LIMIT));

    assertEquals("the sender went away", failure.getMessage());
    assertFalse(failure instanceof java.nio.file.FileSystemException);
    assertEquals(0, filesUnder(root.resolve("incoming")));
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(OutputStream.nullOutputStream());
    return p.waitFor() == 0;
  }

  @Test
  void sweepsOnlyUploadsLeftUntouchedSinceBeforeTheGivenTime() throws IOException {
    Stored stale = storage.receive(new ByteArrayInputStream(bytes(5)), LIMIT);
    Stored fresh = storage.receive(new ByteArrayInputStream(bytes(5)), LIMIT);
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    Files.setLastModifiedTime(stale.tempFile(), FileTime.from(now.minusSeconds(3601)));
    Files.setLastModifiedTime(fresh.tempFile(), FileTime.from(now.minusSeconds(60)));
    Path other = Files.writeString(root.resolve("incoming").resolve("notes.txt"), "not an upload");
    Files.setLastModifiedTime(other, FileTime.from(now.minusSeconds(86_400)));

    assertEquals(1, storage.sweepIncoming(now.minusSeconds(3600)));

    assertFalse(Files.exists(stale.tempFile()));
    assertTrue(Files.exists(fresh.tempFile()));
    assertTrue(Files.exists(other));
  }

  @Test
  void sweepingBeforeAnyUploadFindsNothing() throws IOException {
    assertEquals(0, storage.sweepIncoming(Instant.now()));
  }

  private static byte[] bytes(long count) {
    byte[] bytes = new byte[(int) count];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static long filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
