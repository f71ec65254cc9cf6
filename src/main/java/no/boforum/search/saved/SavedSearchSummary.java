package no.boforum.search.saved;

import java.time.LocalDateTime;

/** A saved search as pages and the API show it; {@code queryString} is in address form. */
public record SavedSearchSummary(
    long id,
    String name,
    String queryString,
    boolean alert,
    LocalDateTime createdAt,
    LocalDateTime lastAlertedAt) {
  static SavedSearchSummary of(SavedSearch s) {
    return new SavedSearchSummary(
        s.getId(),
        s.getName(),
        s.getQueryString(),
        s.isAlert(),
        s.getCreatedAt(),
        s.getLastAlertedAt());
  }
}
