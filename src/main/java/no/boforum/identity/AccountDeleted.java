package no.boforum.identity;

/**
 * Fired in the transaction that deletes an account, so that every feature removes what it keeps of
 * that person (saved searches, later notifications and follows) in the same transaction.
 */
public record AccountDeleted(long userId) {}
