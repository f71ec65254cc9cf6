package no.boforum.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;

/** Turns the text of a practice file into validated practice data, or says what is wrong. */
public class PracticeFileParser {
  static final int MAX_SUMMARY = 300;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public PracticeData parse(String text) throws ContentFormatException {
    FrontMatterDocument doc = FrontMatterDocument.split(text);
    PracticeFrontMatter fm;
    try {
      fm = yaml.readValue(doc.frontMatter(), PracticeFrontMatter.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(
          "the front matter is not valid: " + e.getOriginalMessage(), e);
    }
    if (fm == null) {
      throw new ContentFormatException("the front matter is empty");
    }
    String slug = text(fm.slug());
    String title = text(fm.title());
    String summary = text(fm.summary());
    List<String> problems = new ArrayList<>();
    if (!SLUG.matcher(slug).matches()) {
      problems.add("slug '" + slug + "' may hold only a-z, 0-9 and single hyphens");
    }
    if (title.isEmpty()) {
      problems.add("title is empty");
    }
    if (summary.isEmpty() || summary.length() > MAX_SUMMARY) {
      problems.add(
          "summary must hold 1 to " + MAX_SUMMARY + " characters, not " + summary.length());
    }
    if (!LANGUAGES.contains(text(fm.language()))) {
      problems.add("language must be one of nb, nn, en, not '" + fm.language() + "'");
    }
    EvidenceLevel level = null;
    try {
      level = EvidenceLevel.fromCode(fm.evidenceLevel());
    } catch (IllegalArgumentException e) {
      problems.add("evidence_level '" + fm.evidenceLevel() + "' is not on the scale");
    }
    if (doc.body().isBlank()) {
      problems.add("the body after the front matter is empty");
    }
    if (!problems.isEmpty()) {
      throw new ContentFormatException(String.join("; ", problems));
    }
    return new PracticeData(
        slug,
        title,
        summary,
        doc.body(),
        fm.language(),
        level,
        blankToNull(fm.evidenceNote()),
        Boolean.TRUE.equals(fm.illustrative()),
        blankToNull(fm.owner()),
        blankToNull(fm.county()),
        blankToNull(fm.municipality()));
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
