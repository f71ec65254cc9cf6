package no.boforum.search.secondkind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.search.IndexDocument;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchableKind;

/** Notices as a searchable kind: documents, a mapping with one field, one facet, a fallback. */
@ApplicationScoped
public class NoticeKind implements SearchableKind {
  /** A notice's document: the common fields and its topic. */
  public record NoticeDocument(
      String type,
      String slug,
      String title,
      String summary,
      String topic,
      LocalDateTime publishedAt) {}

  @Inject Notices notices;

  @Override
  public String name() {
    return Notices.KIND;
  }

  @Override
  public String alias() {
    return "it-notices";
  }

  @Override
  public String mappingVersion() {
    return "v1";
  }

  @Override
  public String mappingResource() {
    return "/no/boforum/search/secondkind/notices-v1.json";
  }

  @Override
  public String path(String key) {
    return "notices/" + key;
  }

  @Override
  public Map<String, IndexDocument> documents(List<String> keys) {
    Map<String, IndexDocument> documents = new HashMap<>();
    for (String key : keys) {
      for (Object[] r : notices.rows(" WHERE slug = ?1", key, 0, 1)) {
        NoticeDocument doc =
            new NoticeDocument(
                Notices.KIND,
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                LocalDateTime.of(2026, 1, 1, 12, 0));
        documents.put(key, IndexDocument.of(key, ((Number) r[4]).longValue(), doc));
      }
    }
    return documents;
  }

  @Override
  public List<String> keysAfter(String after, int size) {
    return notices.rows(" WHERE slug > ?1", after, 0, size).stream()
        .map(r -> (String) r[0])
        .toList();
  }

  @Override
  public long count() {
    return notices.count("", null);
  }

  @Override
  public List<SearchFacet> facets() {
    return List.of(new SearchFacet("topic", "topic", (code, locale) -> "Topic " + code));
  }

  @Override
  public List<String> textFields() {
    return List.of();
  }

  @Override
  public FallbackPage fallback(String text, int offset, int size) {
    String where = " WHERE LOWER(title) LIKE ?1";
    String like = "%" + text.toLowerCase() + "%";
    List<SearchResult.Hit> hits =
        notices.rows(where, like, offset, size).stream()
            .map(
                r ->
                    new SearchResult.Hit(
                        Notices.KIND,
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        null,
                        null,
                        path((String) r[0])))
            .toList();
    return new FallbackPage(notices.count(where, like), hits);
  }
}
