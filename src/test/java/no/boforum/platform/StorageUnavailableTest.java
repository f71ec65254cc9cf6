package no.boforum.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.boforum.platform.StorageUnavailable.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a full disk from one that cannot be written, on failures the system really gave. */
class StorageUnavailableTest {
  @TempDir Path dir;

  @Test
  void aWriteTheSystemRefusesForWantOfSpaceIsFull() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "Linux's /dev/full answers every write with ENOSPC");
    IOException failure =
        assertThrows(IOException.class, () -> Files.write(full, new byte[] {1, 2, 3}));

    StorageUnavailable unavailable = StorageUnavailable.of(failure, dir);

    assertEquals(Reason.FULL, unavailable.reason());
    assertEquals("error.storageFull", unavailable.messageKey());
    assertEquals(507, unavailable.reason().status());
  }

  @Test
  void aDirectoryThatCannotBeMadeIsNotWritable() throws IOException {
    Path file = Files.writeString(dir.resolve("files"), "a file where a directory belongs");
    IOException failure =
        assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("incoming")));

    StorageUnavailable unavailable = StorageUnavailable.of(failure, file);

    assertEquals(Reason.NOT_WRITABLE, unavailable.reason());
    assertEquals("error.storageNotWritable", unavailable.messageKey());
    assertEquals(503, unavailable.reason().status());
  }
}
