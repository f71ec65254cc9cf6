package no.boforum.matching.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import no.boforum.content.ContentFolder;
import no.boforum.content.ContentFormatException;
import no.boforum.content.ContentImporter;
import no.boforum.content.FrontMatterDocument;
import no.boforum.content.ImportReport;
import no.boforum.matching.MatchingImport;
import no.boforum.matching.PostingData;
import no.boforum.matching.PostingState;
import no.boforum.platform.text.Digests;

/**
 * Imports {@code content/matching/*.md}, after the organisations that post them and the practices
 * that offers build on. The file's name (without {@code .md}) is its key; the body is the text.
 * Each file is parsed whole and saved in a transaction of its own, so a broken file is reported by
 * name and skipped.
 */
@ApplicationScoped
public class PostingFiles implements ContentImporter {
  /** Part of every file's hash: raise it when the importer reads more of a file than before. */
  static final String FORMAT = "posting-1";

  static final int DEFAULT_DAYS = 120;

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Inject MatchingImport postings;

  @Override
  public String folder() {
    return "matching";
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
    MatchingImport.Seed seed = parse(name, text);
    return switch (postings.importPosting(seed, Digests.sha256(FORMAT + "\n" + text))) {
      case CREATED -> ImportReport.Result.CREATED;
      case UPDATED -> ImportReport.Result.UPDATED;
      case UNCHANGED, KEPT -> ImportReport.Result.UNCHANGED;
    };
  }

  MatchingImport.Seed parse(String name, String text) throws ContentFormatException {
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.md") || name.length() > 123) {
      throw new ContentFormatException("the file name may hold only a-z, 0-9 and single hyphens");
    }
    FrontMatterDocument doc = FrontMatterDocument.split(text);
    PostingFrontMatter fm;
    try {
      fm = yaml.readValue(doc.frontMatter(), PostingFrontMatter.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(
          "the front matter is not valid: " + e.getOriginalMessage(), e);
    }
    if (fm == null) {
      throw new ContentFormatException("the front matter is empty");
    }
    PostingState state;
    try {
      state =
          fm.state() == null
              ? PostingState.OPEN
              : PostingState.valueOf(fm.state().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("state '" + fm.state() + "' is not a state", e);
    }
    int days = fm.expiresInDays() == null ? DEFAULT_DAYS : fm.expiresInDays();
    PostingData data =
        new PostingData(
            fm.side(),
            fm.organisation(),
            fm.title(),
            doc.body(),
            fm.targetGroups(),
            fm.themes(),
            fm.municipalities(),
            fm.county(),
            fm.neededBy(),
            fm.actorTypes(),
            fm.funding(),
            fm.procurementRoutes(),
            fm.capacity(),
            fm.practices(),
            null);
    return new MatchingImport.Seed(
        name.substring(0, name.length() - 3), data, state, days, fm.adoptionOf());
  }
}
