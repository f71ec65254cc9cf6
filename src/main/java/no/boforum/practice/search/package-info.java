/**
 * Practices as a searchable kind: their documents, mapping, facets and database fallback, which
 * search finds through CDI.
 */
package no.boforum.practice.search;
