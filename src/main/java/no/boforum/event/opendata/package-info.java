/** Forum events as open data: what was held and what it found; never who took part. */
package no.boforum.event.opendata;
