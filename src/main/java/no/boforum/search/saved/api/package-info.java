/** The saved searches of the logged-in user as JSON, under {@code /api/saved-searches}. */
package no.boforum.search.saved.api;
