/** The load test of the search page and the search API (Gatling, the {@code load} profile). */
package no.boforum.load;
