package no.boforum.identity.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.text.Digests;

/** Imports {@code content/organisations/*.md}; the slug is the file name. */
@ApplicationScoped
public class OrganisationFiles implements ContentImporter {
  /** Part of every file's hash: raise it when the importer reads more of a file than before. */
  static final String FORMAT = "organisation-1";

  @Inject OrganisationService organisations;

  @Override
  public String folder() {
    return "organisations";
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    return files.importEach(".md", this::importFile);
  }

  private ImportReport.Result importFile(String name, String text) throws ContentFormatException {
    OrganisationFile file = OrganisationFile.parse(name.substring(0, name.length() - 3), text);
    var outcome =
        organisations.importOrganisation(
            file.data(), file.verified(), Digests.sha256(FORMAT + "\n" + text));
    organisations.markIllustrative(file.data().slug(), file.illustrative());
    return ImportReport.Result.valueOf(outcome.name());
  }
}
