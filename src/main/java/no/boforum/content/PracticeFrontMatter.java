package no.boforum.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The front matter of a file under {@code content/practices/}. */
record PracticeFrontMatter(
    @JsonProperty(required = true) String slug,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) String summary,
    @JsonProperty(required = true) String language,
    @JsonProperty(value = "evidence_level", required = true) String evidenceLevel,
    @JsonProperty("evidence_note") String evidenceNote,
    String owner,
    String county,
    String municipality,
    Boolean illustrative) {}
