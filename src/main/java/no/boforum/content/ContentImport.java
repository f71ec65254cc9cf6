package no.boforum.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.boforum.platform.ApplicationStartup.Started;
import no.boforum.platform.Phase;
import no.boforum.platform.StartPhase;

/**
 * Runs the features' {@link ContentImporter}s at start-up: those of the reference-data phase, then
 * those of the content phase, each after the ones it names. A cycle or an unknown name is a
 * programming error and stops start-up.
 */
@ApplicationScoped
public class ContentImport {
  private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

  @Inject @Any Instance<ContentImporter> importers;

  void referenceData(@Observes @Phase(StartPhase.REFERENCE_DATA) Started started) {
    importAll(started.phase(), started.servletContext());
  }

  void content(@Observes @Phase(StartPhase.CONTENT) Started started) {
    importAll(started.phase(), started.servletContext());
  }

  /** Imports the folders of one phase, in order; answers each folder's report. */
  public Map<String, ImportReport> importAll(StartPhase phase, ServletContext servletContext) {
    Map<String, ImportReport> reports = new LinkedHashMap<>();
    for (ContentImporter importer : inOrder(phase)) {
      String folder = importer.folder();
      ImportReport report = importer.importFrom(new ContentFolder(servletContext, folder));
      LOG.info(() -> "Content import of " + folder + ": " + report);
      report
          .failures()
          .forEach(f -> LOG.warning(() -> "Skipped content file " + f.file() + ": " + f.reason()));
      reports.put(folder, report);
    }
    return reports;
  }

  /** The importer of one folder, for a test that imports it again. */
  public ImportReport importFolder(String folder, ServletContext servletContext) {
    for (ContentImporter importer : importers) {
      if (importer.folder().equals(folder)) {
        return importer.importFrom(new ContentFolder(servletContext, folder));
      }
    }
    throw new IllegalArgumentException("No importer reads content/" + folder);
  }

  List<ContentImporter> inOrder(StartPhase phase) {
    Map<String, ContentImporter> byFolder = new LinkedHashMap<>();
    importers.stream()
        .filter(i -> i.phase() == phase)
        .sorted(Comparator.comparing(ContentImporter::folder))
        .forEach(i -> byFolder.put(i.folder(), i));
    return ImportOrder.of(byFolder);
  }
}
