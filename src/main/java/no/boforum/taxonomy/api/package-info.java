/** Taxonomies as JSON, for forms and filters in programs that use the API. */
package no.boforum.taxonomy.api;
