/** Threads as a searchable kind: title and posts, with facets for category and solved. */
package no.boforum.discussion.search;
