package no.boforum.content;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.ApplicationStartup.DatabaseReady;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Digests;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeService.ImportOutcome;
import no.boforum.taxonomy.TaxonomyImporter;

/**
 * Imports {@code content/organisations/*.md}, then {@code content/practices/*.md} (packaged in the
 * WAR) at start-up, after the taxonomies they refer to. Each file is parsed whole before anything
 * is written and saved in a transaction of its own, so a broken file is reported by name and
 * skipped, never half-imported.
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

  static final String ORGANISATIONS = "/WEB-INF/classes/content/organisations/";
  static final String ORGANISATION_FORMAT = "organisation-1";

  @Inject PracticeService practices;
  @Inject OrganisationService organisations;
  private final PracticeFileParser parser = new PracticeFileParser();

  void onDatabaseReady(@Observes @Priority(TaxonomyImporter.PRIORITY + 10) DatabaseReady ready) {
    ImportReport organisationReport = importOrganisations(ready.servletContext());
    LOG.info(() -> "Content import of organisations: " + organisationReport);
    organisationReport
        .failures()
        .forEach(f -> LOG.warning(() -> "Skipped content file " + f.file() + ": " + f.reason()));
    ImportReport report = importPractices(ready.servletContext());
    LOG.info(() -> "Content import of practices: " + report);
    report
        .failures()
        .forEach(f -> LOG.warning(() -> "Skipped content file " + f.file() + ": " + f.reason()));
  }

  public ImportReport importOrganisations(ServletContext servletContext) {
    List<ImportReport.Failure> failures = new ArrayList<>();
    int[] counts = new int[3];
    for (String path : files(servletContext, ORGANISATIONS)) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        String text = read(servletContext, path);
        OrganisationFile file = OrganisationFile.parse(name.substring(0, name.length() - 3), text);
        var outcome =
            organisations.importOrganisation(
                file.data(), file.verified(), Digests.sha256(ORGANISATION_FORMAT + "\n" + text));
        counts[outcome.ordinal()]++;
      } catch (ContentFormatException | IOException e) {
        failures.add(new ImportReport.Failure(name, e.getMessage()));
      } catch (InputProblem e) {
        failures.add(new ImportReport.Failure(name, e.field() + ": " + e.messageKey()));
      } catch (RuntimeException e) {
        failures.add(new ImportReport.Failure(name, "could not be saved: " + e.getMessage()));
      }
    }
    return new ImportReport(counts[0], counts[1], counts[2], List.copyOf(failures));
  }

  private static List<String> files(ServletContext servletContext, String folder) {
    Set<String> paths = servletContext.getResourcePaths(folder);
    return paths == null
        ? List.of()
        : new TreeSet<>(paths).stream().filter(p -> p.endsWith(".md")).toList();
  }

  public ImportReport importPractices(ServletContext servletContext) {
    List<String> files = files(servletContext, PRACTICES);
    List<ImportReport.Failure> failures = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (String path : files) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        String text = read(servletContext, path);
        PracticeData data = parser.parse(text);
        ImportOutcome outcome =
            practices.importPractice(data, Digests.sha256(FORMAT + "\n" + text));
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
}
