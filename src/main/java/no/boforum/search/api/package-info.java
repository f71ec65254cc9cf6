/** The search JSON API. */
package no.boforum.search.api;
