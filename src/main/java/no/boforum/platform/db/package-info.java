/** The application's data source and its Flyway-owned schema. */
package no.boforum.platform.db;
