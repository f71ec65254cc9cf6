/**
 * The search outbox: a row per change to searchable content, written in the change's own
 * transaction, so that the index can always catch up with the database.
 */
package no.boforum.platform.outbox;
