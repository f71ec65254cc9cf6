package no.boforum.opendata.catalog;

import java.util.Locale;

/** The two forms of the catalogue, and which one a request asks for. */
public enum CatalogFormat {
  JSON_LD("application/ld+json"),
  TURTLE("text/turtle");

  private final String mediaType;

  CatalogFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The form of {@code /open-data/catalog.jsonld} and {@code .ttl}; null for the bare address. */
  public static CatalogFormat ofPath(String servletPath) {
    if (servletPath.endsWith(".ttl")) {
      return TURTLE;
    }
    return servletPath.endsWith(".jsonld") ? JSON_LD : null;
  }

  /**
   * The form an {@code Accept} header prefers: Turtle when it weighs {@code text/turtle} above
   * JSON-LD, JSON-LD otherwise (also with no header, or one naming neither).
   */
  public static CatalogFormat negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON_LD;
    }
    double turtle = 0;
    double jsonLd = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      if (type.equals("text/turtle")) {
        turtle = Math.max(turtle, q);
      } else if (type.equals("application/ld+json")) {
        jsonLd = Math.max(jsonLd, q);
      }
    }
    return turtle > jsonLd ? TURTLE : JSON_LD;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
