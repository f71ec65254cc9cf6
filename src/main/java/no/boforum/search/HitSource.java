package no.boforum.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDateTime;

/**
 * The fields of a hit's source that search shows, whatever its kind: the common ones, and the
 * evidence level, owner and language that a kind's documents may carry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HitSource(
    String type,
    String slug,
    String title,
    String summary,
    String evidenceLevel,
    String ownerName,
    String language,
    LocalDateTime publishedAt) {}
