/** Events as a searchable kind: documents, mapping, facets and the database fallback. */
package no.boforum.event.search;
