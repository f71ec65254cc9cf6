package no.boforum.search;

/**
 * One document as a kind gives it to the index: its key, the version that orders writes of it (an
 * optimistic-lock version, so an older state never overwrites a newer one), and its source, or none
 * when the item is to be removed from the index.
 */
public record IndexDocument(String key, Long version, Object source) {
  public static IndexDocument of(String key, long version, Object source) {
    return new IndexDocument(key, version, source);
  }

  /** The item exists but is not searchable (a draft, an archived item): removed at this version. */
  public static IndexDocument removal(String key, long version) {
    return new IndexDocument(key, version, null);
  }

  public boolean isRemoval() {
    return source == null;
  }
}
