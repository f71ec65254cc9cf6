package no.boforum.content;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.boforum.platform.InputProblem;

/** A folder of seed files packaged in the WAR, under {@code /WEB-INF/classes/content/}. */
public final class ContentFolder {
  static final String ROOT = "/WEB-INF/classes/content/";

  private final ServletContext servletContext;
  private final String name;

  public ContentFolder(ServletContext servletContext, String name) {
    this.servletContext = servletContext;
    this.name = name;
  }

  /** Imports one file; answers what it did, or throws to have the file reported and skipped. */
  @FunctionalInterface
  public interface FileImport {
    ImportReport.Result importFile(String fileName, String text)
        throws ContentFormatException, IOException;
  }

  /**
   * Imports the files whose names end in {@code suffix}, in name order, each on its own: a file
   * that fails is reported with the reason and the others go on.
   */
  public ImportReport importEach(String suffix, FileImport each) {
    Map<ImportReport.Result, Integer> counts = new EnumMap<>(ImportReport.Result.class);
    List<ImportReport.Failure> failures = new ArrayList<>();
    for (String path : files(suffix)) {
      String file = path.substring(path.lastIndexOf('/') + 1);
      try {
        counts.merge(each.importFile(file, read(path)), 1, Integer::sum);
      } catch (ContentFormatException | IOException e) {
        failures.add(new ImportReport.Failure(file, e.getMessage()));
      } catch (InputProblem e) {
        failures.add(
            new ImportReport.Failure(
                file, e.field() + ": " + e.messageKey() + " " + List.of(e.arguments())));
      } catch (RuntimeException e) {
        failures.add(new ImportReport.Failure(file, "could not be saved: " + e.getMessage()));
      }
    }
    return new ImportReport(
        counts.getOrDefault(ImportReport.Result.CREATED, 0),
        counts.getOrDefault(ImportReport.Result.UPDATED, 0),
        counts.getOrDefault(ImportReport.Result.UNCHANGED, 0),
        List.copyOf(failures));
  }

  private List<String> files(String suffix) {
    Set<String> paths = servletContext.getResourcePaths(ROOT + name + "/");
    return paths == null
        ? List.of()
        : new TreeSet<>(paths).stream().filter(p -> p.endsWith(suffix)).toList();
  }

  private String read(String path) throws IOException {
    try (InputStream in = servletContext.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("the file disappeared while importing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
