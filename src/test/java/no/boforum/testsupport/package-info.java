/**
 * The embedded servers (MariaDB, Elasticsearch, Payara Micro) that the run command and the test
 * suite share, and the test fixtures built on them.
 */
package no.boforum.testsupport;
