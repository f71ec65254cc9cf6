/** Needs and offers as a searchable kind (decision 0011): their documents, facets and fallback. */
package no.boforum.matching.search;
