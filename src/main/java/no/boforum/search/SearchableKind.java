package no.boforum.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a feature contributes so that its content is indexed, rebuilt, searched, counted in facets
 * and found while the index is down. Implementations are CDI beans ({@code @ApplicationScoped}),
 * found by {@link SearchKinds}; search itself knows no feature.
 *
 * <p>Every kind's documents carry the common fields of {@code search/base-index.json} ({@code type}
 * = {@link #name()}, {@code slug} = the key, {@code title}, {@code summary}, {@code publishedAt});
 * the kind's mapping file adds its own fields. A kind announces a change with {@code
 * platform.outbox.ContentChanged} in its transaction, under its {@link #name()}.
 */
public interface SearchableKind {
  /** The kind's name, for example {@code practice}: the {@code type} of its documents and hits. */
  String name();

  /** The alias searched, for example {@code practices}; physical indices are named after it. */
  String alias();

  /** The version of the mapping: an index on another version is rebuilt by itself at start. */
  String mappingVersion();

  /**
   * The class-path resource of the kind's part of the index definition: its own properties, and any
   * settings it adds to the shared ones of {@code search/base-index.json}.
   */
  String mappingResource();

  /** The bundle key of the kind's name in the {@code type} facet, for example a plural noun. */
  default String labelKey() {
    return "search.kind." + name();
  }

  /**
   * The address of an item's page relative to the portal's root, for example {@code practices/x}.
   */
  String path(String key);

  /**
   * The documents for these keys as they are now, by key: a document with its version for each item
   * that is searchable, {@link IndexDocument#removal} for one that exists but is not (its version
   * orders the removal), and nothing for a key that no longer exists at all.
   */
  Map<String, IndexDocument> documents(List<String> keys);

  /** Keys of the searchable items after {@code after} in key order, at most {@code size}. */
  List<String> keysAfter(String after, int size);

  /** How many items are searchable now (for a rebuild's progress). */
  long count();

  /** The kind's facets, in the order the page shows them. */
  List<SearchFacet> facets();

  /** Fields the text is matched in, beyond the common title and summary, with boosts. */
  List<String> textFields();

  /** Fields a highlight is taken from, after the summary, in order of preference. */
  default List<String> highlightFields() {
    return List.of();
  }

  /**
   * The parts of an item searched on their own (a nested field, such as the posts of a thread): the
   * best-matching part's highlight is shown in place of the item's own. None by default.
   */
  default Optional<Parts> parts() {
    return Optional.empty();
  }

  /** A nested field of parts and its text fields (full names, in order of preference). */
  record Parts(String path, List<String> fields) {}

  /** Large fields left out of the hits' source. */
  default List<String> hiddenFields() {
    return List.of();
  }

  /** Fields more-like-this compares, beyond the common title and summary. */
  default List<String> similarityFields() {
    return List.of();
  }

  /**
   * Plain database matches of the text, while the index cannot answer: no filters, no order but the
   * kind's own; {@code text} is empty for "everything".
   */
  FallbackPage fallback(String text, int offset, int size);

  /** One page of database matches, with the number of matches in all. */
  record FallbackPage(long total, List<SearchResult.Hit> hits) {}
}
