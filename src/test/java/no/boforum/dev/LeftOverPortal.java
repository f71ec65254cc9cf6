package no.boforum.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run command's note of the Payara it started and of its own process ({@code
 * target/run/payara.pid}: "payara-pid run-command-pid"), so that a later start can stop a Payara
 * whose run command is gone (decision 0042). Seen when only Maven's JVM was sent SIGTERM and its
 * shutdown hook did not run: Payara kept the ports, and the next start could not use them. A Payara
 * whose run command still runs is left alone: that start is still in use.
 */
final class LeftOverPortal {
  private final Path file;
  private final Path target;

  /**
   * @param file the note
   * @param target the project's {@code target/}, which a left-over Payara's command line names
   */
  LeftOverPortal(Path file, Path target) {
    this.file = file;
    this.target = target;
  }

  /** Notes the Payara this start launched, with this process as its run command. */
  void note(long payaraPid) throws IOException {
    Files.writeString(file, payaraPid + " " + ProcessHandle.current().pid() + "\n");
  }

  /** Forgets the note: Payara was stopped with its run command. */
  void forget() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The Payara an earlier start left running without its run command, if there is one: a live
   * process whose command line names this project's {@code target/}.
   */
  Optional<ProcessHandle> find() throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String[] pids = Files.readString(file).strip().split(" ");
    long payara;
    long runCommand;
    try {
      payara = Long.parseLong(pids[0]);
      runCommand = pids.length > 1 ? Long.parseLong(pids[1]) : -1;
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (ProcessHandle.of(runCommand).filter(ProcessHandle::isAlive).isPresent()) {
      return Optional.empty();
    }
    return ProcessHandle.of(payara)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(target.toString()));
  }

  /** Stops a left-over Payara: SIGTERM, then SIGKILL after 30 s. */
  static void stop(ProcessHandle payara) throws InterruptedException {
    payara.destroy();
    for (int i = 0; i < 300 && payara.isAlive(); i++) {
      Thread.sleep(100);
    }
    if (payara.isAlive()) {
      payara.destroyForcibly();
      for (int i = 0; i < 100 && payara.isAlive(); i++) {
        Thread.sleep(100);
      }
    }
  }
}
