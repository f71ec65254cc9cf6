/**
 * Search as an extension point: the Elasticsearch client, an index per searchable kind behind an
 * alias (versioned mappings, rebuild with an alias swap under a cluster lock), the outbox indexer,
 * health and metrics, the query and page model spanning every kind, and the database fallback.
 * Features contribute {@link no.boforum.search.SearchableKind}s; this package imports none of them.
 */
package no.boforum.search;
