package no.boforum.search;

import java.time.LocalDateTime;
import java.util.List;
import no.boforum.practice.PracticeDetails;
import no.boforum.taxonomy.Taxonomies;

/** A practice as the index holds it. */
public record PracticeDocument(
    String type,
    String slug,
    String title,
    String summary,
    String body,
    String language,
    String evidenceLevel,
    String ownerName,
    List<String> county,
    List<String> municipality,
    LocalDateTime updatedAt) {

  /** The document for a practice; place names in bokmål, as the facets show them. */
  static PracticeDocument of(PracticeDetails p, Taxonomies taxonomies) {
    List<String> municipalities = p.places().stream().filter(code -> code.length() == 4).toList();
    List<String> counties =
        p.places().stream().map(code -> code.substring(0, 2)).distinct().toList();
    return new PracticeDocument(
        "practice",
        p.slug(),
        p.title(),
        p.summary(),
        p.body(),
        p.language(),
        p.evidenceLevel(),
        p.owner() == null ? null : p.owner().name(),
        counties.stream().map(c -> taxonomies.label(Taxonomies.COUNTY, c, "nb")).toList(),
        municipalities.stream()
            .map(m -> taxonomies.label(Taxonomies.MUNICIPALITY, m, "nb"))
            .toList(),
        p.updatedAt());
  }
}
