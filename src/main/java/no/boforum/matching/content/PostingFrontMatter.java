package no.boforum.matching.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The front matter of a file under {@code content/matching/}; see content/README.md. */
record PostingFrontMatter(
    @JsonProperty(required = true) String side,
    @JsonProperty(required = true) String organisation,
    @JsonProperty(required = true) String title,
    @JsonProperty("target_groups") List<String> targetGroups,
    List<String> themes,
    List<String> municipalities,
    String county,
    @JsonProperty("needed_by") String neededBy,
    @JsonProperty("actor_types") List<String> actorTypes,
    List<String> funding,
    @JsonProperty("procurement_routes") List<String> procurementRoutes,
    String capacity,
    List<String> practices,
    @JsonProperty("expires_in_days") Integer expiresInDays,
    String state,
    @JsonProperty("adoption_of") String adoptionOf) {}
