/** Seed content kept as files under {@code content/}, imported idempotently at start-up. */
package no.boforum.content;
