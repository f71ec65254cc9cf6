/**
 * The DCAT-AP-NO description of the portal's open data at {@code /open-data/catalog}: one
 * catalogue, a dataset per kind of public content, and its distributions (the export, the API, the
 * feeds); built with rdf4j, written as Turtle by rdf4j and as JSON-LD by jsonld-java (decision
 * 0023).
 */
package no.boforum.opendata.catalog;
