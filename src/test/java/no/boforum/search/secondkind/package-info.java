/**
 * A throwaway second searchable kind, written only for a test: notices in a table of their own,
 * with a mapping of one field and one facet. It proves that a feature joins search without any
 * change to search or to practices.
 */
package no.boforum.search.secondkind;
