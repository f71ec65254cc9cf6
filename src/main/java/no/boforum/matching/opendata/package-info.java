/** Needs and offers as open data: what organisations look for and give; never conversations. */
package no.boforum.matching.opendata;
