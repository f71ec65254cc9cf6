/**
 * MicroProfile Health checks of the application and its database, and the status-only answer that
 * the public port gives from them (the details are on the management port).
 */
package no.boforum.platform.health;
