/**
 * Seed content kept as files under {@code content/}: the importer interface that features implement
 * for their kinds of file, and the start-up run that imports them idempotently in order.
 */
package no.boforum.content;
