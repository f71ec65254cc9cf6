package no.boforum.opendata.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A kind of public content described as a dataset: its key (in addresses and message keys {@code
 * opendata.catalog.dataset.<key>.*}), where the API lists it, its Atom feed, and whether the bulk
 * export holds it.
 */
public enum CatalogDataset {
  PRACTICES("practices", "api/practices", "feeds/practices.atom", true),
  ADOPTIONS("adoptions", null, null, true),
  ORGANISATIONS("organisations", "api/organisations", null, true),
  EVENTS("events", "api/events", "feeds/events.atom", true),
  NEEDS_AND_OFFERS("needs-and-offers", "api/matching", "feeds/matching.atom", true),
  // Threads are written by people and the API names them: the feed (which names the portal) only.
  DISCUSSIONS("discussions", null, "feeds/discussions.atom", false);

  /** The export's address, below the public address. */
  public static final String EXPORT = "open-data/boforum-open-data.zip";

  private final String key;
  private final String apiPath;
  private final String feedPath;
  private final boolean exported;

  CatalogDataset(String key, String apiPath, String feedPath, boolean exported) {
    this.key = key;
    this.apiPath = apiPath;
    this.feedPath = feedPath;
    this.exported = exported;
  }

  public String key() {
    return key;
  }

  /** The API's list of this kind, relative to the public address. */
  public Optional<String> apiPath() {
    return Optional.ofNullable(apiPath);
  }

  /** The Atom feed of this kind, relative to the public address. */
  public Optional<String> feedPath() {
    return Optional.ofNullable(feedPath);
  }

  public boolean exported() {
    return exported;
  }

  public static List<CatalogDataset> all() {
    return List.of(values());
  }
}
