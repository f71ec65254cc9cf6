/**
 * Open data: what the portal gives for reuse. Features contribute their public records as {@link
 * no.boforum.opendata.OpenDataset}s; this package builds the bulk export from them, serves it and
 * describes it.
 */
package no.boforum.opendata;
