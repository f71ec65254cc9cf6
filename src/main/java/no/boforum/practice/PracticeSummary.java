package no.boforum.practice;

/** What a list or an API page shows of a practice. */
public record PracticeSummary(
    String slug,
    String title,
    String summary,
    String evidenceLevel,
    String language,
    String county,
    String municipality) {

  static PracticeSummary of(Practice p) {
    return new PracticeSummary(
        p.getSlug(),
        p.getTitle(),
        p.getSummary(),
        p.getEvidenceLevel().code(),
        p.getLanguage(),
        p.getCounty(),
        p.getMunicipality());
  }
}
