package no.boforum.practice.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.boforum.content.ContentFormatException;
import no.boforum.content.FrontMatterDocument;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;

/**
 * Turns the text of a practice file into practice data, or says what is wrong with its form. The
 * rules on the facts themselves (lengths, codes) are the practice validator's, applied at import.
 */
public class PracticeFileParser {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  PracticeFile parse(String text) throws ContentFormatException {
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
    String slug = fm.slug() == null ? "" : fm.slug().strip();
    if (!SLUG.matcher(slug).matches()) {
      throw new ContentFormatException(
          "slug '" + slug + "' may hold only a-z, 0-9 and single hyphens");
    }
    PracticeData data =
        new PracticeData(
            fm.title(),
            fm.summary(),
            doc.body(),
            fm.language(),
            null,
            List.of(),
            fm.actorTypes(),
            fm.voluntaryRoles(),
            fm.targetGroups(),
            fm.themes(),
            fm.places(),
            Boolean.TRUE.equals(fm.national()),
            fm.started(),
            fm.ended(),
            parse(ActivityStatus.class, "status", fm.status()),
            evidenceLevel(fm.evidenceLevel()),
            fm.evidenceNote(),
            fm.evaluationPlanned(),
            Boolean.TRUE.equals(fm.nordicEvidence()),
            fm.funding(),
            fm.procurementRoute(),
            fm.outcomes(),
            fm.contact() == null
                ? null
                : new PracticeData.Contact(
                    fm.contact().name(),
                    fm.contact().role(),
                    fm.contact().email(),
                    fm.contact().phone()),
            fm.links() == null
                ? null
                : fm.links().stream().map(l -> new PracticeData.Link(l.url(), l.label())).toList(),
            Boolean.TRUE.equals(fm.illustrative()));
    for (PracticeFrontMatter.Adoption a :
        fm.adoptions() == null ? List.<PracticeFrontMatter.Adoption>of() : fm.adoptions()) {
      parse(no.boforum.practice.AdoptionStatus.class, "adoption status", a.status());
    }
    return new PracticeFile(
        slug,
        data,
        fm.owner(),
        fm.partners() == null ? List.of() : fm.partners(),
        fm.reviewed(),
        fm.adoptions() == null ? List.of() : fm.adoptions());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value)
      throws ContentFormatException {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException(
          field
              + " '"
              + value
              + "' is not one of "
              + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }
  }

  private static EvidenceLevel evidenceLevel(String code) throws ContentFormatException {
    try {
      return EvidenceLevel.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("evidence_level '" + code + "' is not on the scale");
    }
  }
}
