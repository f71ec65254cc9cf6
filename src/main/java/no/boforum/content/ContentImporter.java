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
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.ApplicationStartup.DatabaseReady;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Digests;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionStatus;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeImport;
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
  static final String FORMAT = "practice-3";

  static final String ORGANISATIONS = "/WEB-INF/classes/content/organisations/";
  static final String ORGANISATION_FORMAT = "organisation-1";

  @Inject PracticeImport practices;
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
        organisations.markIllustrative(file.data().slug(), file.illustrative());
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
    List<ImportReport.Failure> failures = new ArrayList<>();
    int[] counts = new int[PracticeImport.Outcome.values().length];
    for (String path : files(servletContext, PRACTICES)) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        String text = read(servletContext, path);
        PracticeFile file = parser.parse(text);
        if (!name.equals(file.slug() + ".md")) {
          throw new ContentFormatException("the slug must be the file name: " + file.slug());
        }
        PracticeImport.Outcome outcome =
            practices.importPractice(
                file.slug(),
                withOrganisations(file),
                file.reviewed(),
                adoptions(file),
                Digests.sha256(FORMAT + "\n" + text));
        counts[outcome.ordinal()]++;
      } catch (ContentFormatException | IOException e) {
        failures.add(new ImportReport.Failure(name, e.getMessage()));
      } catch (InputProblem e) {
        failures.add(
            new ImportReport.Failure(
                name, e.field() + ": " + e.messageKey() + " " + List.of(e.arguments())));
      } catch (RuntimeException e) {
        failures.add(new ImportReport.Failure(name, "could not be saved: " + e.getMessage()));
      }
    }
    return new ImportReport(counts[0], counts[1], counts[2] + counts[3], List.copyOf(failures));
  }

  private PracticeData withOrganisations(PracticeFile file) {
    PracticeData d = file.data();
    Long owner = file.ownerSlug() == null ? null : organisationId("owner", file.ownerSlug());
    List<Long> partners =
        file.partnerSlugs().stream().map(slug -> organisationId("partners", slug)).toList();
    return d.withOrganisations(owner, partners);
  }

  private List<AdoptionData> adoptions(PracticeFile file) throws ContentFormatException {
    List<AdoptionData> list = new ArrayList<>();
    for (PracticeFrontMatter.Adoption a : file.adoptions()) {
      list.add(
          new AdoptionData(
              a.organisation() == null ? null : organisationId("adoptions", a.organisation()),
              a.municipality(),
              a.started(),
              PracticeFileParser.parse(AdoptionStatus.class, "adoption status", a.status()),
              a.note()));
    }
    return list;
  }

  private long organisationId(String field, String slug) {
    return organisations
        .find(slug)
        .map(OrganisationDetails::id)
        .orElseThrow(() -> PracticeImport.unknownOrganisation(field, slug));
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
