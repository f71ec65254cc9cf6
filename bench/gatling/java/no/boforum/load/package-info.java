/**
 * The load tests of the search (page and API) and of the pages (home, list, practice, organisation,
 * search, editors saving), with Gatling in the {@code load} profile; {@link Portal} and {@link
 * Choices} are the set-up they share.
 */
package no.boforum.load;
