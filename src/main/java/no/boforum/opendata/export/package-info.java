/**
 * The bulk export: a periodic job writes every dataset as CSV (with linked files for list fields)
 * and JSON, with a README, into one ZIP in the files directory, and records the build in the
 * database, so that the last export survives restarts.
 */
package no.boforum.opendata.export;
