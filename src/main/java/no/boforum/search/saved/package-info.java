/**
 * Searches that logged-in users keep under a name, and the daily mail that tells them when newly
 * published practices match one. A saved search is stored in the search page's address form.
 */
package no.boforum.search.saved;
