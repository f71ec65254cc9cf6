package no.boforum.practice.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.text.Digests;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionStatus;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeImport;

/**
 * Imports {@code content/practices/*.md}, after the organisations they name. Each file is parsed
 * whole before anything is written and saved in a transaction of its own, so a broken file is
 * reported by name and skipped, never half-imported.
 */
@ApplicationScoped
public class PracticeFiles implements ContentImporter {
  /**
   * Part of every file's hash: raise it when the importer reads more of a file than before (a new
   * field), so that unchanged files are imported again once.
   */
  static final String FORMAT = "practice-3";

  @Inject PracticeImport practices;
  @Inject OrganisationService organisations;
  private final PracticeFileParser parser = new PracticeFileParser();

  @Override
  public String folder() {
    return "practices";
  }

  @Override
  public Set<String> after() {
    return Set.of("organisations");
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    return files.importEach(".md", this::importFile);
  }

  private ImportReport.Result importFile(String name, String text) throws ContentFormatException {
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
    return switch (outcome) {
      case CREATED -> ImportReport.Result.CREATED;
      case UPDATED -> ImportReport.Result.UPDATED;
      case UNCHANGED, KEPT -> ImportReport.Result.UNCHANGED;
    };
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
}
