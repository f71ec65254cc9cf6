package no.boforum.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's Payara runtime (decision 0042), with the real payara-micro.jar and JDK: the
 * launcher is made once and its root put back at each start; a new payara-micro.jar makes it again;
 * the class list a start recorded becomes an archive the JVM can map.
 */
class PayaraRuntimeIT {
  private static final Path PAYARA = Path.of(System.getProperty("boforum.it.payaraJar"));

  @TempDir Path work;

  @Test
  void theLauncherIsMadeOnceAndItsRootPutBackAtEachStart() throws Exception {
    Path dir = work.resolve("launcher");
    PayaraRuntime first = PayaraRuntime.prepare(PAYARA, dir);
    assertTrue(Files.isRegularFile(first.launcher()));
    Path domain = first.root().resolve("config/domain.xml");
    assertTrue(Files.isRegularFile(domain));
    Path unpacked = first.root().resolve("runtime/unpacked-once.txt");
    Files.writeString(unpacked, "a mark in the unpacked runtime");
    // What a start leaves behind: its deployment and its changed configuration.
    Files.writeString(first.root().resolve("config/left-by-a-start.txt"), "x");
    Files.createDirectories(first.root().resolve("applications/boforum"));
    Files.delete(domain);

    PayaraRuntime second = PayaraRuntime.prepare(PAYARA, dir);

    assertTrue(Files.isRegularFile(domain), "the configuration as the launcher left it");
    assertFalse(Files.exists(second.root().resolve("config/left-by-a-start.txt")));
    assertFalse(Files.exists(second.root().resolve("applications/boforum")));
    assertTrue(Files.exists(unpacked), "the runtime is not unpacked again");
    assertTrue(Files.isRegularFile(second.launcher()));
  }

  @Test
  void aNewPayaraJarMakesTheLauncherAgainAndDropsTheArchive() throws Exception {
    Path jar = work.resolve("payara-micro.jar");
    Files.copy(PAYARA, jar);
    Path dir = work.resolve("launcher");
    PayaraRuntime first = PayaraRuntime.prepare(jar, dir);
    Path unpacked = first.root().resolve("runtime/unpacked-once.txt");
    Files.writeString(unpacked, "a mark in the unpacked runtime");
    Files.writeString(dir.resolve("payara.jsa"), "an archive of the old runtime");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    PayaraRuntime again = PayaraRuntime.prepare(jar, dir);

    assertFalse(Files.exists(unpacked), "unpacked again");
    assertTrue(Files.isRegularFile(again.launcher()));
    assertFalse(Files.exists(dir.resolve("payara.jsa")));
    assertEquals(
        List.of("-XX:DumpLoadedClassList=" + dir.resolve("classes.lst")), again.jvmOptions());
  }

  @Test
  void theClassesAStartRecordedBecomeAnArchiveTheNextStartMaps() throws Exception {
    Path dir = work.resolve("launcher");
    PayaraRuntime recording = PayaraRuntime.prepare(PAYARA, dir);
    assertEquals(
        List.of("-XX:DumpLoadedClassList=" + dir.resolve("classes.lst")), recording.jvmOptions());
    // As a running portal leaves it: complete lines, and one still being written.
    Files.writeString(
        dir.resolve("classes.lst"),
        "java/lang/Object\njava/lang/String\nfish/payara/micro/impl/RootDirLauncher\njava/lang/Str");

    recording.afterReady();
    Path archive = dir.resolve("payara.jsa");
    for (int i = 0; i < 600 && !Files.isRegularFile(archive); i++) {
      Thread.sleep(200);
    }
    assertTrue(Files.isRegularFile(archive), Files.readString(dir.resolve("dump.log")));
    assertEquals(
        "java/lang/Object\njava/lang/String\nfish/payara/micro/impl/RootDirLauncher\n",
        Files.readString(dir.resolve("classes-at-ready.lst")),
        "the complete lines only");
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList());
    }

    PayaraRuntime next = PayaraRuntime.prepare(PAYARA, dir);
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive), next.jvmOptions());
    // -Xshare:on: the JVM refuses to start unless it can map the archive, here with the options
    // and the class path (the launcher's) Payara is started with.
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(DevServer.PAYARA_JVM);
    command.addAll(next.jvmOptions());
    command.addAll(List.of("-Xshare:on", "-cp", next.launcher().toString(), "-version"));
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(java.getInputStream().readAllBytes());
    assertTrue(java.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, java.exitValue(), said);
    assertTrue(said.contains("sharing"), said);
  }
}
