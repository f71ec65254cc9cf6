package no.boforum.practice.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.practice.PracticeChanges;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import no.boforum.search.IndexDocument;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchableKind;

/**
 * Practices as search's first kind: published practices are indexed under their slug, with their
 * attachments' text, in the alias {@code practices} (mapping {@code practices-v5.json} beside this
 * class); any other state is removed at its version.
 */
@ApplicationScoped
public class PracticeSearchKind implements SearchableKind {
  public static final String NAME = PracticeChanges.KIND;

  @Inject PracticeSearchReads reads;
  @Inject PracticeService practices;
  @Inject PracticeFacets facets;
  @Inject PracticeLabels labels;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String alias() {
    return "practices";
  }

  @Override
  public String mappingVersion() {
    return "v5";
  }

  @Override
  public String mappingResource() {
    return "/no/boforum/practice/search/practices-v5.json";
  }

  @Override
  public String path(String key) {
    return "practices/" + key;
  }

  @Override
  public Map<String, IndexDocument> documents(List<String> keys) {
    PracticeSearchReads.Batch batch = reads.batch(keys);
    Map<String, List<String>> texts =
        reads.attachmentTexts(batch.published().stream().map(PracticeDetails::slug).toList());
    PracticeLabels.Labels words = batch.published().isEmpty() ? null : labels.current();
    Map<String, IndexDocument> documents = new HashMap<>();
    batch
        .versions()
        .forEach((slug, version) -> documents.put(slug, IndexDocument.removal(slug, version)));
    for (PracticeDetails p : batch.published()) {
      PracticeDocument doc = PracticeDocument.of(p, texts.getOrDefault(p.slug(), List.of()), words);
      documents.put(p.slug(), IndexDocument.of(p.slug(), p.version(), doc));
    }
    return documents;
  }

  @Override
  public List<String> keysAfter(String after, int size) {
    return reads.publishedSlugsAfter(after, size);
  }

  @Override
  public long count() {
    return reads.countPublished();
  }

  @Override
  public List<SearchFacet> facets() {
    return facets.all();
  }

  @Override
  public List<String> textFields() {
    // What a practice is tagged with weighs more than what its text mentions in passing.
    return List.of(
        "classification^3",
        "classification.nn^3",
        "classification.en^2",
        "classification.folded",
        "places^3",
        "places.folded^2",
        "body",
        "body.nn",
        "ownerName",
        "attachments^0.5",
        "attachments.nn^0.5");
  }

  @Override
  public List<String> highlightFields() {
    return List.of("body", "body.nn", "attachments", "attachments.nn");
  }

  @Override
  public List<String> hiddenFields() {
    return List.of("body", "attachments", "classification", "places");
  }

  @Override
  public List<String> similarityFields() {
    return List.of("body", "body.nn");
  }

  @Override
  public FallbackPage fallback(String text, int offset, int size) {
    List<PracticeSummary> found;
    long total;
    if (text.isEmpty()) {
      found = practices.latest(offset, size);
      total = practices.count();
    } else {
      found = reads.findByText(text, offset, size);
      total = reads.countByText(text);
    }
    List<SearchResult.Hit> hits =
        found.stream()
            .map(
                p ->
                    new SearchResult.Hit(
                        NAME,
                        p.slug(),
                        p.title(),
                        SearchService.escapeHtml(p.summary()),
                        p.evidenceLevel(),
                        p.owner() == null ? null : p.owner().name(),
                        null,
                        path(p.slug())))
            .toList();
    return new FallbackPage(total, hits);
  }
}
