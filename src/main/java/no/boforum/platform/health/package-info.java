/** MicroProfile Health checks of the application and its database. */
package no.boforum.platform.health;
