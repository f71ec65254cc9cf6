/**
 * The application's data source, its Flyway-owned schema, and the leases (rows of the table {@code
 * job}) through which one instance of the cluster at a time runs a job or holds a lock.
 */
package no.boforum.platform.db;
