package no.boforum.identity;

/**
 * The facts about an organisation that its admins (or the seed content) set. Unknown facts are
 * null.
 */
public record OrganisationData(
    String slug,
    String name,
    String orgNumber,
    String actorType,
    String county,
    String municipality,
    String website,
    String description) {}
