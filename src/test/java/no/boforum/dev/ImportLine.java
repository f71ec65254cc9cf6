package no.boforum.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The run command's line for the import of content/, which a first start waits for longest. */
final class ImportLine {
  private ImportLine() {}

  /**
   * Prints one line when the portal begins to import {@code content/} (it says so in its log), so
   * that a long first import is not a silent wait.
   */
  static Thread announce(Path log, Consumer<String> say) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  if (Files.exists(log) && Files.readString(log).contains("Content import of")) {
                    say.accept("Importing content/ ...");
                    return;
                  }
                  Thread.sleep(500);
                }
              } catch (IOException | java.io.UncheckedIOException e) {
                // the log is read for this line only
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "boforum-import-line");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
