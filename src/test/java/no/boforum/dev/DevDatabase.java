package no.boforum.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.boforum.testsupport.EmbeddedMariaDb;
import no.boforum.testsupport.ServerStack;

/** The run command's embedded MariaDB: its sizes, and when it starts beside Payara. */
final class DevDatabase {
  /**
   * MariaDB sized for one developer's portal rather than a server's defaults (a 128 MB buffer pool
   * and the performance schema).
   */
  static final List<String> EMBEDDED_DB_SIZES =
      List.of(
          "--innodb-buffer-pool-size=32M",
          "--innodb-log-buffer-size=4M",
          "--aria-pagecache-buffer-size=8M",
          "--key-buffer-size=1M",
          "--table-open-cache=400",
          "--performance-schema=OFF",
          "--skip-name-resolve");

  private DevDatabase() {}

  /**
   * Starts the database, into {@code stack.db}. When it is installed already (its data and its
   * binaries in {@code target/mariadb}), it starts beside Payara, which needs it only once it
   * deploys, ten seconds later (decision 0042): {@link #await} before using it. Otherwise (a first
   * start, or one after {@code mvn clean}) it is installed and started before this returns.
   */
  static CompletableFuture<EmbeddedMariaDb> start(
      ServerStack stack, int port, Path dataDir, Path base) throws Exception {
    Path binaries = base.resolve("target/mariadb");
    if (Files.isDirectory(dataDir.resolve("mysql"))
        && Files.isRegularFile(binaries.resolve("bin/mariadbd"))) {
      return CompletableFuture.supplyAsync(
          () -> {
            try {
              stack.db = EmbeddedMariaDb.start(port, dataDir, binaries, EMBEDDED_DB_SIZES);
              return stack.db;
            } catch (Exception e) {
              throw new CompletionException(e);
            }
          });
    }
    stack.db = EmbeddedMariaDb.start(port, dataDir, binaries, EMBEDDED_DB_SIZES);
    return CompletableFuture.completedFuture(stack.db);
  }

  /** Waits for the database started by {@link #start}; its failure, if it failed. */
  static EmbeddedMariaDb await(CompletableFuture<EmbeddedMariaDb> started) throws Exception {
    try {
      return started.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
