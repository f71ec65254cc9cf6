package no.boforum.event.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.ImportReport;
import no.boforum.event.EventImport;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Digests;

/**
 * Imports {@code content/events/*.md}, after the organisations that host them and the practices
 * that their agendas and findings link. Each file is parsed whole before anything is written and
 * saved in a transaction of its own, so a broken file is reported by name and skipped, never
 * half-imported.
 */
@ApplicationScoped
public class EventFiles implements ContentImporter {
  /**
   * Part of every file's hash: raise it when the importer reads more of a file than before (a new
   * key), so that unchanged files are imported again once.
   */
  static final String FORMAT = "event-1";

  @Inject EventImport events;
  @Inject OrganisationService organisations;
  private final EventFileParser parser = new EventFileParser();

  @Override
  public String folder() {
    return "events";
  }

  @Override
  public Set<String> after() {
    return Set.of("organisations", "practices");
  }

  @Override
  public ImportReport importFrom(ContentFolder files) {
    return files.importEach(".md", this::importFile);
  }

  private ImportReport.Result importFile(String name, String text) throws ContentFormatException {
    EventFile file = parser.parse(text);
    EventImport.Seed seed = file.seed();
    if (!name.equals(seed.slug() + ".md")) {
      throw new ContentFormatException("the slug must be the file name: " + seed.slug());
    }
    long host = organisationId("host", file.hostSlug());
    List<Long> cohosts =
        file.cohostSlugs().stream().map(s -> organisationId("cohosts", s)).toList();
    EventImport.Seed withHosts =
        new EventImport.Seed(
            seed.slug(),
            seed.data().withHosts(host, cohosts),
            seed.state(),
            seed.report(),
            seed.findings());
    EventImport.Outcome outcome =
        events.importEvent(withHosts, Digests.sha256(FORMAT + "\n" + text));
    return switch (outcome) {
      case CREATED -> ImportReport.Result.CREATED;
      case UPDATED -> ImportReport.Result.UPDATED;
      case UNCHANGED, KEPT -> ImportReport.Result.UNCHANGED;
    };
  }

  private long organisationId(String key, String slug) {
    return organisations
        .find(slug)
        .map(OrganisationDetails::id)
        .orElseThrow(() -> new InputProblem(key, "event.organisationUnknown", slug));
  }
}
