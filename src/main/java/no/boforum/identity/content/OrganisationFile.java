package no.boforum.identity.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import no.boforum.content.ContentFormatException;
import no.boforum.content.FrontMatterDocument;
import no.boforum.identity.OrganisationData;

/**
 * A file under {@code content/organisations/}: front matter with the facts, the description as the
 * body. The slug is the file name; the rules on the facts are the organisation validator's.
 */
record OrganisationFile(OrganisationData data, boolean verified, boolean illustrative) {
  /** The front matter's keys. */
  record FrontMatter(
      @JsonProperty(required = true) String name,
      @JsonProperty("org_number") String orgNumber,
      @JsonProperty(value = "actor_type", required = true) String actorType,
      String county,
      String municipality,
      String website,
      Boolean verified,
      Boolean illustrative) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static OrganisationFile parse(String slug, String text) throws ContentFormatException {
    FrontMatterDocument doc = FrontMatterDocument.split(text);
    FrontMatter fm;
    try {
      fm = YAML.readValue(doc.frontMatter(), FrontMatter.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(
          "the front matter is not valid: " + e.getOriginalMessage(), e);
    }
    if (fm == null) {
      throw new ContentFormatException("the front matter is empty");
    }
    return new OrganisationFile(
        new OrganisationData(
            slug,
            fm.name(),
            fm.orgNumber(),
            fm.actorType(),
            fm.county(),
            fm.municipality(),
            fm.website(),
            doc.body()),
        Boolean.TRUE.equals(fm.verified()),
        Boolean.TRUE.equals(fm.illustrative()));
  }
}
