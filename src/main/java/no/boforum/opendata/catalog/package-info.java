/**
 * The DCAT-AP-NO description of the portal's open data at {@code /open-data/catalog}: one
 * catalogue, a dataset per kind of public content, and its distributions (the export, the API, the
 * feeds); written as JSON-LD or Turtle by rdf4j (decision 0023).
 */
package no.boforum.opendata.catalog;
