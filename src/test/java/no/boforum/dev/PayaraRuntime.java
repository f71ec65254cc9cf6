package no.boforum.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.boforum.testsupport.PayaraMicroProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payara Micro's runtime for the run command alone, unpacked once and started through the launcher
 * Payara makes for it ({@code --outputlauncher}), with a class-data archive of the classes a start
 * loads (decision 0042).
 *
 * <p>From {@code payara-micro.jar}, every start unpacked the 100 MB runtime into a fresh root
 * directory and loaded its classes through Payara's own class loader. The launcher puts the runtime
 * on the JVM's class path instead, where the JDK's class-data sharing can map the classes from an
 * archive rather than read and verify them again: measured by hand, Payara's deployment 10.5-11 s
 * instead of 12.4-12.9 s and the second start 2-3.5 s shorter.
 *
 * <p>A start without an archive records the classes it loads ({@code -XX:DumpLoadedClassList});
 * once the portal is ready, {@link #afterReady} makes the archive from that list in a process of
 * its own at a lower priority (about 25 s of processor time), for the next start. The directory is
 * made again, archive and all, when {@code payara-micro.jar} or the JDK changes. Between starts the
 * root directory is put back as the launcher left it: the configuration and deployments of the last
 * start are not kept, as they were not when the root directory was wiped.
 */
final class PayaraRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PayaraRuntime.class);

  /** What the launcher needs and nothing changes: the rest of the root is put back each start. */
  private static final Set<String> KEPT = Set.of("runtime", "launch-micro.jar");

  private final Path dir;
  private final Path root;
  private final Path pristine;
  private final Path classList;
  private final Path archive;
  private final boolean recording;
  private Process dump;
  private Path partial;

  private PayaraRuntime(Path dir) {
    this.dir = dir;
    this.root = dir.resolve("root");
    this.pristine = dir.resolve("pristine");
    this.classList = dir.resolve("classes.lst");
    this.archive = dir.resolve("payara.jsa");
    this.recording = !Files.isRegularFile(archive);
  }

  /**
   * Makes {@code dir} (launcher, runtime, a copy of the root as the launcher left it) unless it was
   * made for this {@code payaraJar} and JDK already; else puts its root back as it was made.
   */
  static PayaraRuntime prepare(Path payaraJar, Path dir) throws IOException, InterruptedException {
    String stamp =
        Files.size(payaraJar)
            + " "
            + Files.getLastModifiedTime(payaraJar).toMillis()
            + " "
            + System.getProperty("java.home")
            + " "
            + System.getProperty("java.vm.version")
            + "\n";
    Path stampFile = dir.resolve("made-for.txt");
    boolean made =
        Files.isRegularFile(stampFile)
            && Files.readString(stampFile).equals(stamp)
            && Files.isRegularFile(dir.resolve("root/launch-micro.jar"))
            && Files.isDirectory(dir.resolve("pristine"));
    if (!made) {
      PayaraMicroProcess.deleteTree(dir);
      Files.createDirectories(dir);
      PayaraRuntime runtime = new PayaraRuntime(dir);
      runtime.makeLauncher(payaraJar);
      Files.writeString(stampFile, stamp);
      return runtime;
    }
    PayaraRuntime runtime = new PayaraRuntime(dir);
    runtime.reset();
    return runtime;
  }

  /**
   * Payara's runtime unpacked once, with its class-data archive (decision 0042); null, and Payara
   * started from its JAR as before, when that cannot be prepared.
   */
  static PayaraRuntime prepareOrNone(Path payaraJar, Path base, Path logs)
      throws InterruptedException {
    try {
      PayaraRuntime runtime =
          PayaraRuntime.prepare(payaraJar, base.resolve("target/payara-launcher"));
      // Where Payara unpacked itself at every start before.
      PayaraMicroProcess.deleteTree(logs.resolve("payara-root"));
      return runtime;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Payara starts from its JAR: its runtime could not be prepared", e);
      return null;
    }
  }

  private void makeLauncher(Path payaraJar) throws IOException, InterruptedException {
    Path log = dir.resolve("launcher.log");
    Process p =
        new ProcessBuilder(
                java(),
                "-jar",
                payaraJar.toString(),
                "--rootdir",
                root.toString(),
                "--outputlauncher")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "Payara Micro did not make its launcher in 2 minutes: " + log);
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(launcher())) {
      throw new IllegalStateException("Payara Micro did not make its launcher: " + log);
    }
    Files.createDirectories(pristine);
    for (Path entry : entries(root)) {
      copy(entry, pristine.resolve(entry.getFileName().toString()));
    }
  }

  /** Puts the root directory back as the launcher left it (its configuration, no deployment). */
  private void reset() throws IOException {
    for (Path entry : entries(root)) {
      PayaraMicroProcess.deleteTree(entry);
    }
    try (var copies = Files.list(pristine)) {
      for (Path entry : copies.toList()) {
        copy(entry, root.resolve(entry.getFileName().toString()));
      }
    }
  }

  /** The root's entries other than the runtime and the launcher. */
  private List<Path> entries(Path in) throws IOException {
    try (var all = Files.list(in)) {
      return all.filter(p -> !KEPT.contains(p.getFileName().toString())).toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var tree = Files.walk(from)) {
      for (Path p : tree.toList()) {
        Files.copy(
            p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  Path launcher() {
    return root.resolve("launch-micro.jar");
  }

  Path root() {
    return root;
  }

  /** Payara's JVM options: the archive, or the list of classes to make it from. */
  List<String> jvmOptions() throws IOException {
    if (recording) {
      Files.deleteIfExists(classList);
      return List.of("-XX:DumpLoadedClassList=" + classList);
    }
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  /**
   * Once the portal is ready after a start that recorded its classes: makes the archive from them
   * in the background, at a lower priority, for the next start. Its output goes to {@code
   * dump.log}; a failure costs only the next start's time.
   */
  synchronized void afterReady() throws IOException {
    if (!recording || !Files.isRegularFile(classList)) {
      return;
    }
    // The running portal still writes to the list: only its complete lines are taken.
    String listed = Files.readString(classList, StandardCharsets.UTF_8);
    Path snapshot = dir.resolve("classes-at-ready.lst");
    Files.writeString(snapshot, listed.substring(0, listed.lastIndexOf('\n') + 1));
    // A name of its own: a dump whose run command died without its shutdown hook may still run.
    Path part = Files.createTempFile(dir, "payara", ".jsa.part");
    Files.delete(part);
    partial = part;
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
      command.addAll(List.of("/usr/bin/nice", "-n", "10"));
    }
    command.addAll(
        List.of(
            java(),
            "-Xshare:dump",
            "-XX:SharedClassListFile=" + snapshot,
            "-XX:SharedArchiveFile=" + part,
            "-cp",
            launcher().toString()));
    Path log = dir.resolve("dump.log");
    dump =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    Process started = dump;
    long t0 = System.nanoTime();
    started
        .onExit()
        .thenAccept(
            p -> {
              try {
                if (p.exitValue() == 0 && Files.isRegularFile(part)) {
                  Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
                  LOG.info(
                      "Class-data archive for the next start made in {} s: {}",
                      Duration.ofNanos(System.nanoTime() - t0).toSeconds(),
                      archive);
                } else {
                  Files.deleteIfExists(part);
                  LOG.warn("No class-data archive (exit {}): see {}", p.exitValue(), log);
                }
              } catch (IOException e) {
                LOG.warn("The class-data archive could not be kept", e);
              }
            });
  }

  /** Stops an archive still being made; the next start records its classes again. */
  @Override
  public synchronized void close() throws InterruptedException, IOException {
    if (dump != null && dump.isAlive()) {
      dump.destroy();
      if (!dump.waitFor(10, TimeUnit.SECONDS)) {
        dump.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      Files.deleteIfExists(partial);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
