package no.boforum.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import no.boforum.platform.ApplicationStartup.DatabaseReady;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeService.ImportOutcome;

/**
 * Imports {@code content/practices/*.md} (packaged in the WAR) at start-up. Each file is parsed
 * whole before anything is written and saved in a transaction of its own, so a broken file is
 * reported by name and skipped, never half-imported.
 */
@ApplicationScoped
public class ContentImporter {
  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());
  static final String PRACTICES = "/WEB-INF/classes/content/practices/";

  /**
   * Part of every file's hash: raise it when the importer reads more of a file than before (a new
   * field), so that unchanged files are imported again once.
   */
  static final String FORMAT = "practice-2";

  @Inject PracticeService practices;
  private final PracticeFileParser parser = new PracticeFileParser();

  void onDatabaseReady(@Observes DatabaseReady ready) {
    ImportReport report = importPractices(ready.servletContext());
    LOG.info(() -> "Content import of practices: " + report);
    report
        .failures()
        .forEach(f -> LOG.warning(() -> "Skipped content file " + f.file() + ": " + f.reason()));
  }

  public ImportReport importPractices(ServletContext servletContext) {
    Set<String> paths = servletContext.getResourcePaths(PRACTICES);
    List<String> files = new ArrayList<>();
    if (paths != null) {
      new TreeSet<>(paths).stream().filter(p -> p.endsWith(".md")).forEach(files::add);
    }
    List<ImportReport.Failure> failures = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (String path : files) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        String text = read(servletContext, path);
        PracticeData data = parser.parse(text);
        ImportOutcome outcome = practices.importPractice(data, sha256(FORMAT + "\n" + text));
        switch (outcome) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
      } catch (ContentFormatException | IOException e) {
        failures.add(new ImportReport.Failure(name, e.getMessage()));
      } catch (RuntimeException e) {
        failures.add(new ImportReport.Failure(name, "could not be saved: " + e.getMessage()));
      }
    }
    return new ImportReport(created, updated, unchanged, List.copyOf(failures));
  }

  private static String read(ServletContext servletContext, String path) throws IOException {
    try (InputStream in = servletContext.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("the file disappeared while importing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
