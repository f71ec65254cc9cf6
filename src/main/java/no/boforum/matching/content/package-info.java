/** Seed needs and offers: the files under {@code content/matching/} and their import. */
package no.boforum.matching.content;
