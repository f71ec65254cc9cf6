package no.boforum.identity;

/**
 * Fired in the transaction that changes what other features show of an organisation (its name, its
 * kind of actor), so that they refresh what they keep of it, such as the search index's copy.
 */
public record OrganisationChanged(long organisationId) {}
