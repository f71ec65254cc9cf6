/**
 * The search port and its Elasticsearch adapter: index layout, the outbox indexer, queries with
 * highlighting and facets, and a database fallback when the index cannot answer.
 */
package no.boforum.search;
