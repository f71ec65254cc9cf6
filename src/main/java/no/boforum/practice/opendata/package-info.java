/** Practices and their spread as open data: the published catalogue, without contact persons. */
package no.boforum.practice.opendata;
