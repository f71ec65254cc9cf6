/** The export's state as JSON, and a fresh export on an administrator's request. */
package no.boforum.opendata.api;
