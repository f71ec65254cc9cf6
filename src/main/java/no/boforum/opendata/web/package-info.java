/** The open-data page and the export's download. */
package no.boforum.opendata.web;
